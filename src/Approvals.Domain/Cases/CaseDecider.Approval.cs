using Approvals.Contracts;
using Approvals.Domain.Protocols;

namespace Approvals.Domain.Cases;

/// <summary>An approval's life: follow-ups, renewal, safety orders, the taper a lower cap imposes, and its timers.</summary>
public static partial class CaseDecider
{
    public const string SuspensionCancelsRenewal =
        "The approval was suspended; the prescriber may ask for the renewal again once it is reinstated";

    public const string RevocationCancelsRenewal = "The approval was revoked";
    public const string ExpiryCancelsRenewal = "The approval expired before the renewal was decided";

    /// <summary>
    /// A report is dated the day of the assessment (since the submission, never in the future, both on some calendar on
    /// Earth). It moves the next due
    /// date forward only, so a late-arriving older report cannot pull it back; a dose within a taper's target ends it.
    /// </summary>
    static CaseVerdict RecordFollowUp(CaseState state, ReportFollowUp c, DateTimeOffset now)
    {
        if (NotThePrescriber(state, c.PrescriberId) is { } notThePrescriber)
            return notThePrescriber;
        if (!state.Phase.IsApproval())
            return OutOfOrder(state, RefusalCodes.NotAnApproval, "follow-ups are reported on an approval in force or suspended");
        // The date is on the prescriber's calendar, whose zone the service does not know (LocalDays).
        var submittedOn = LocalDays.EarliestDayOf(state.SubmittedAt);
        if (!c.Recorded && c.AssessedOn > LocalDays.LatestToday(now))
            return Refusal.Invalid(new ValidationErrors().Add("date", "Cannot be in the future."));
        if (!c.Recorded && c.AssessedOn < submittedOn)
            return Refusal.Invalid(new ValidationErrors().Add("date", $"Cannot be before the request was submitted ({submittedOn:yyyy-MM-dd})."));

        var clock = state.FollowUps;
        var last = clock.LastAssessedOn is { } before && before >= c.AssessedOn ? before : c.AssessedOn;
        var due = ApprovalClocks.StartOf(last) + state.Terms.Approval.FollowUpInterval;
        var nextDue = clock.NextDue is { } scheduled && scheduled >= due ? scheduled : due;
        var isNewest = clock.Latest is null || clock.Latest.AssessedOn <= c.AssessedOn;
        var recorded = new FollowUpRecorded(c.FollowUpId, c.AssessedOn, c.DailyDoseMg, c.ReportedAt, last, nextDue, nextDue <= now, isNewest);
        return state.Taper is { } taper && c.DailyDoseMg is { } dose && dose <= taper.Plan.TargetDailyDoseMg
            ? CaseVerdict.Accept(recorded, new TaperCompleted(taper.ProtocolVersion, dose, c.ReportedAt))
            : CaseVerdict.Accept(recorded);
    }

    /// <summary>
    /// The renewal rule is <see cref="RenewalStanding.Of"/>: the state's obstacles are answered before the notes are read,
    /// missing recent data after. The round's review is the tier of the dose approved now, under the version the request
    /// was decided on.
    /// </summary>
    static CaseVerdict OpenRenewal(CaseState state, RequestRenewal c)
    {
        if (NotThePrescriber(state, c.PrescriberId) is { } notThePrescriber)
            return notThePrescriber;
        var standing = RenewalStanding.Of(state, c.LatestFollowUpOn, c.At);
        if (standing.Obstacle is { Kind: RefusalKind.Conflict } outOfOrder)
            return outOfOrder;
        var notes = new ValidationErrors();
        if (!notes.OptionalText("notes", c.Notes))
            return Refusal.Invalid(notes);
        if (standing.Obstacle is { } noRecentData)
            return noRecentData;

        var dose = state.ApprovedDailyDoseMg!.Value;
        var requirement = c.Protocol is { } protocol
            ? protocol.RuleOnDose(dose) is DoseRuling.NeedsReview tier ? tier.Requirement : SingleReview
            : c.Requirement ?? SingleReview;
        var round = new ReviewRound(c.ReviewId, ReviewKind.Renewal, requirement, dose, c.At, state.Terms.Clocks.DueAt(Urgency.Standard, c.At),
            state.ValidUntil);
        return CaseVerdict.Accept(new ReviewOpened(round, c.Notes));
    }

    /// <summary>
    /// Suspension halts an approval in force (its window still runs out) and cancels an open renewal round; reinstatement
    /// lifts it; revocation ends an approval for good. Nobody orders one on their own prescription.
    /// </summary>
    static CaseVerdict Order(CaseState state, SafetyOrder c, DateTimeOffset now)
    {
        if (ReviewGuards.IsSamePerson(state.PrescriberId, c.ReviewerId))
            return Refusal.Forbidden(RefusalCodes.OwnPrescription, "You prescribed this treatment; another reviewer must act on its approval.");
        var stateRefusal = c switch
        {
            Suspend when !state.Phase.IsInForce() => OutOfOrder(state, RefusalCodes.NotInForce, "only an approval in force can be suspended"),
            Reinstate when state.Phase != CasePhase.Suspended => OutOfOrder(state, RefusalCodes.NotSuspended, "only a suspended approval can be reinstated"),
            Revoke when !state.Phase.IsApproval() => OutOfOrder(state, RefusalCodes.NotAnApproval, "only an approval in force or suspended can be revoked"),
            _ => null,
        };
        if (stateRefusal is not null)
            return stateRefusal;
        var errors = RequiredText(c.Reason, "reason", "why, for the prescriber and the audit trail");
        if (!errors.IsEmpty)
            return Refusal.Invalid(errors);

        return c switch
        {
            Suspend => CaseVerdict.Accept([.. CancelRenewal(state, SuspensionCancelsRenewal, now),
                new ApprovalSuspended(c.ReviewerId, c.Reason!, c.At, c.OrderId)]),
            Reinstate => CaseVerdict.Accept(new ApprovalReinstated(c.ReviewerId, c.Reason!, c.At, c.OrderId,
                ApprovalClocks.RemindersFrom(state.Terms, state.ValidUntil!.Value, state.NextRenewalReminder, now))),
            _ => CaseVerdict.Accept([.. CancelRenewal(state, RevocationCancelsRenewal, now),
                new ApprovalRevoked(c.ReviewerId, c.Reason!, c.At, c.OrderId)]),
        };
    }

    /// <summary>A renewal round still open when the approval is halted or ends is taken out of the reviewers' queue.</summary>
    static IEnumerable<CaseEvent> CancelRenewal(CaseState state, string reason, DateTimeOffset now) =>
        state.Phase == CasePhase.RenewalUnderReview ? [new RenewalReviewCancelled(state.Review!.ReviewId, reason, now)] : [];

    /// <summary>
    /// A timer acts only in the state it was set for and once its time has come; any other (late, cancelled, repeated)
    /// changes nothing.
    /// </summary>
    static CaseVerdict Fire(CaseState state, FireTimer c, DateTimeOffset now)
    {
        var round = state.Review;
        var roundRunning = state.Phase is CasePhase.UnderReview or CasePhase.RenewalUnderReview;
        return c.Timer switch
        {
            CaseTimer.ReviewReminder when roundRunning => CaseVerdict.Accept(new ReviewersReminded(round!.ReviewId, round.DueAt)),
            CaseTimer.ReviewDeadline when roundRunning && !round!.Overdue && round.DueAt <= now =>
                CaseVerdict.Accept(new ReviewWentOverdue(round.ReviewId, round.DueAt)),
            CaseTimer.InformationDeadline when state.Phase == CasePhase.AwaitingInformation && round!.AnswerDueAt <= now =>
                CaseVerdict.Accept(new RequestLapsed(round.ReviewId, state.Terms.InformationDeadline, now)),
            CaseTimer.FollowUpDue when state.Phase.IsApproval() && !state.FollowUps.Overdue && state.FollowUps.NextDue <= now =>
                CaseVerdict.Accept(new FollowUpWentOverdue(state.FollowUps.NextDue!.Value)),
            CaseTimer.RenewalReminder when state.Phase.IsInForce() =>
                CaseVerdict.Accept(new RenewalReminderFired(c.Reminder, state.Phase == CasePhase.Approved, state.ValidUntil!.Value,
                    ApprovalClocks.RemindersFrom(state.Terms, state.ValidUntil.Value, c.Reminder + 1, now))),
            CaseTimer.ValidityEnd when state.Phase.IsApproval() && state.ValidUntil <= now => Expire(state, now),
            _ => CaseVerdict.Unchanged,
        };
    }

    /// <summary>The window ran out without an approved renewal: an open renewal round is cancelled, the approval expires.</summary>
    static CaseVerdict Expire(CaseState state, DateTimeOffset now) =>
        CaseVerdict.Accept([.. CancelRenewal(state, ExpiryCancelsRenewal, now),
            new ValidityExpired(state.ValidUntil!.Value, state.Phase != CasePhase.RenewalUnderReview && state.LastRenewal == RenewalStatus.Denied, now)]);

    /// <summary>
    /// A version of the case's protocol whose cap is below the approved dose: taper by its rule down to the cap, and a
    /// follow-up falls due within its interval (sooner than the current due date, never later).
    /// </summary>
    static CaseVerdict ImposeTaper(CaseState state, LowerProtocolCap c)
    {
        var (version, at) = (c.Version, c.At);
        if (!state.Phase.IsApproval() || state.ProtocolId != version.ProtocolId
            || state.ApprovedDailyDoseMg is not { } dose || !version.RequiresTaper(dose))
            return CaseVerdict.Unchanged;
        var due = at + version.FollowUpInterval;
        var nextDue = state.FollowUps.NextDue is { } current && current < due ? current : due;
        return CaseVerdict.Accept(new TaperImposed(version.Version, version.PlanTaper(dose, at), nextDue, at));
    }
}

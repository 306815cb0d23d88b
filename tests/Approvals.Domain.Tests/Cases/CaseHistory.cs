using Approvals.Contracts;
using Approvals.Domain.Cases;
using Approvals.Domain.Protocols;
using Approvals.Domain.Tests.Protocols;

namespace Approvals.Domain.Tests.Cases;

/// <summary>
/// Given: a case's events so far, made by the decider itself from the steps that led there, so a spec states the
/// history in the domain's words. When: one more command. Then: <see cref="Then"/>.
/// </summary>
public sealed class CaseHistory
{
    public const string Prescriber = "dr-prescriber";
    public const string Reviewer = "dr-reviewer";
    public const string OtherReviewer = "dr-other-reviewer";
    public const string Specialist = "dr-specialist-1";
    public const string SecondSpecialist = "dr-specialist-2";

    /// <summary>A Monday morning, the submission's time in every spec.</summary>
    public static readonly DateTimeOffset T0 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public static readonly Guid InitialReview = Guid.Parse("00000000-0000-0000-0000-00000000a001");
    public static readonly Guid RenewalReview = Guid.Parse("00000000-0000-0000-0000-00000000a002");

    readonly List<CaseEvent> _events = [];

    public IReadOnlyList<CaseEvent> Events => _events;

    public CaseState State => CaseDecider.Replay(_events);

    /// <summary>A submission under the shipped version 1 (tiers: single to 120, expert to 180, collegial of 2 to 300).</summary>
    public static CaseHistory Submitted(decimal dailyDoseMg = 100, Urgency urgency = Urgency.Standard, ProtocolVersion? protocol = null,
        bool withoutProtocol = false) =>
        new CaseHistory().Did(Submission(dailyDoseMg, urgency, withoutProtocol ? null : protocol ?? ProtocolDocuments.V1), T0);

    public static SubmitRequest Submission(decimal dailyDoseMg = 100, Urgency urgency = Urgency.Standard, ProtocolVersion? protocol = null) =>
        new(Prescriber, dailyDoseMg, urgency, T0, InitialReview, protocol, CaseTerms.Default);

    /// <summary>Applies a step that must be accepted.</summary>
    public CaseHistory Did(CaseCommand command, DateTimeOffset now)
    {
        var verdict = CaseDecider.Decide(State, command, now);
        Assert.False(verdict.IsRefused, $"The history's step {command.GetType().Name} was refused: {verdict.Refusal?.Detail}");
        _events.AddRange(verdict.Events);
        return this;
    }

    public CaseVerdict When(CaseCommand command, DateTimeOffset now) => CaseDecider.Decide(State, command, now);

    public CaseHistory Approved(DateTimeOffset at, DateTimeOffset? validUntil = null, string? waiver = null) =>
        Did(Decision(InitialReview, DecisionOutcome.Approve, at, validUntil, waiver), at);

    public CaseHistory AskedForInformation(DateTimeOffset at) =>
        Did(new DecideReview(InitialReview, Reviewer, new ReviewDecision(DecisionOutcome.RequestInformation, null, null, null, ["Liver function?"]), at), at);

    public CaseHistory Answered(DateTimeOffset at) => Did(new ProvideInformation(Prescriber, "ALT normal.", at), at);

    public CaseHistory Opinion(string specialistId, decimal? supportedDailyDoseMg, Guid? reviewId = null,
        OpinionRecommendation recommendation = OpinionRecommendation.Approve) =>
        Did(new GiveOpinion(reviewId ?? State.Review!.ReviewId, specialistId, recommendation, supportedDailyDoseMg, "Reasons of my own.", T0), T0);

    public CaseHistory FollowUp(DateOnly assessedOn, DateTimeOffset reportedAt, decimal dailyDoseMg = 100) =>
        Did(new ReportFollowUp(Guid.NewGuid(), Prescriber, assessedOn, dailyDoseMg, reportedAt), reportedAt);

    public CaseHistory RenewalRequested(DateTimeOffset at) => Did(Renewal(at), at);

    public CaseHistory RenewalDecided(DecisionOutcome outcome, DateTimeOffset at, DateTimeOffset? validUntil = null) =>
        Did(Decision(RenewalReview, outcome, at, validUntil), at);

    public CaseHistory Suspended(DateTimeOffset at) => Did(new Suspend(OtherReviewer, "ALT five times the upper limit.", at), at);

    public CaseHistory Reinstated(DateTimeOffset at) => Did(new Reinstate(OtherReviewer, "ALT back to normal.", at), at);

    public static RequestRenewal Renewal(DateTimeOffset at, DateOnly? latestFollowUpOn = null) =>
        new(RenewalReview, Prescriber, "Abstinent since the last visit.", at, latestFollowUpOn, ProtocolDocuments.V1);

    /// <summary>A valid decision body for each outcome, by <see cref="Reviewer"/>.</summary>
    public static DecideReview Decision(Guid reviewId, DecisionOutcome outcome, DateTimeOffset at, DateTimeOffset? validUntil = null,
        string? waiver = null, decimal? approvedDailyDoseMg = null, string reviewerId = Reviewer) =>
        new(reviewId, reviewerId, outcome switch
        {
            DecisionOutcome.Approve => new ReviewDecision(outcome, null, null, null, null),
            DecisionOutcome.ApproveModified => new ReviewDecision(outcome, approvedDailyDoseMg, null, "Lower dose first.", null),
            DecisionOutcome.Deny => new ReviewDecision(outcome, null, DenialReasons.InsufficientEvidence, "Not enough evidence.", null),
            _ => new ReviewDecision(outcome, null, null, null, ["Liver function?"]),
        }, at, validUntil, waiver);

    public static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);
}

/// <summary>Then: the verdict's events or its refusal.</summary>
public static class Then
{
    public static T Event<T>(CaseVerdict verdict)
        where T : CaseEvent
    {
        Assert.Null(verdict.Refusal);
        return Assert.IsType<T>(Assert.Single(verdict.Events));
    }

    public static void Types(CaseVerdict verdict, params Type[] expected)
    {
        Assert.Null(verdict.Refusal);
        Assert.Equal(expected, verdict.Events.Select(e => e.GetType()));
    }

    public static Refusal Refused(CaseVerdict verdict, string code, RefusalKind kind)
    {
        Assert.Empty(verdict.Events);
        var refusal = Assert.IsType<Refusal>(verdict.Refusal);
        Assert.Equal((code, kind), (refusal.Code, refusal.Kind));
        return refusal;
    }

    public static void Unchanged(CaseVerdict verdict)
    {
        Assert.Null(verdict.Refusal);
        Assert.Empty(verdict.Events);
    }
}

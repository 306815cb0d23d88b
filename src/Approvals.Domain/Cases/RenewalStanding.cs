namespace Approvals.Domain.Cases;

/// <summary>
/// Whether the request's prescriber may ask for a renewal now and, if not, why: the renewal rule on the case alone.
/// <see cref="CaseDecider"/> applies it to a renewal request, and the request view shows it before anyone asks, so the
/// page offers the renewal exactly when the decider would open it.
/// </summary>
/// <param name="Obstacle">Why not (<c>renewalUnderReview</c>, <c>notInForce</c>, <c>renewedWindowNotStarted</c>,
/// <c>followUpMissing</c>); null: it may be asked for.</param>
/// <param name="OpensAt">With <c>renewedWindowNotStarted</c>: when the renewed window starts, and a renewal may be asked.</param>
/// <param name="FollowUpFrom">With <c>followUpMissing</c>: the earliest assessment day that counts as recent.</param>
public sealed record RenewalStanding(Refusal? Obstacle, DateTimeOffset? OpensAt = null, DateOnly? FollowUpFrom = null)
{
    public bool CanAsk => Obstacle is null;

    /// <summary>
    /// One renewal at a time, of a window already running (a renewed one waiting to start is enough), reviewed on recent
    /// data: an assessment within the last follow-up interval, the case's own or <paramref name="latestFollowUpOn"/>,
    /// a newer one its caller holds.
    /// </summary>
    public static RenewalStanding Of(CaseState state, DateOnly? latestFollowUpOn, DateTimeOffset at)
    {
        if (state.Phase == CasePhase.RenewalUnderReview)
            return new(CaseDecider.OutOfOrder(state, RefusalCodes.RenewalUnderReview, "a renewal of this approval is already under review"));
        if (state.Phase != CasePhase.Approved)
            return new(CaseDecider.OutOfOrder(state, RefusalCodes.NotInForce, "only an approval in force can be renewed"));
        if (state.ValidFrom is { } from && from > at)
        {
            return new(Refusal.Conflict(RefusalCodes.RenewedWindowNotStarted,
                $"The renewed window starts on {from:yyyy-MM-dd}; ask for the next renewal once it runs."), OpensAt: from);
        }

        var own = state.FollowUps.LastAssessedOn;
        var latest = latestFollowUpOn is { } reported && (own is null || reported > own) ? reported : own;
        if (state.Terms.Approval.HasRecentFollowUp(latest, at))
            return new(Obstacle: null);
        var earliest = state.Terms.Approval.EarliestRecentFollowUp(at);
        return new(new Refusal(RefusalCodes.FollowUpMissing, RefusalKind.RuleBroken,
            $"A renewal is reviewed on recent data: report a follow-up assessed on or after {earliest:yyyy-MM-dd} first."), FollowUpFrom: earliest);
    }
}

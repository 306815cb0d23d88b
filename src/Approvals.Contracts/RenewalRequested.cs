namespace Approvals.Contracts;

/// <summary>
/// The prescriber asked for the approval to be renewed. <see cref="LatestFollowUpOn"/>: the newest assessment intake
/// holds, so the saga checks the same rule even if this overtakes the follow-up's own message.
/// </summary>
public sealed record RenewalRequested(
    Guid RequestId, string PrescriberId, string? Notes, DateTimeOffset RequestedAt, DateOnly? LatestFollowUpOn,
    ReviewRequirement? Requirement = null,
    string? PrescriberName = null);

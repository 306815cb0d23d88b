namespace Approvals.Contracts;

/// <summary>
/// A step someone tried and the service refused (403 not theirs to take, 409 out of order or lost a race), published
/// so the audit trail holds attempts as well as what happened. <see cref="Action"/> names the step: <c>decision</c>,
/// <c>suspension</c>, <c>reinstatement</c>, <c>revocation</c>.
/// </summary>
public sealed record AttemptRefused(
    Guid RequestId, string Action, string ActorId, string? ActorName, string ActorRole, int Status, string Reason, DateTimeOffset At,
    Guid? ReviewId = null);

namespace Approvals.Contracts;

/// <summary>
/// Event, review service → audit trail. A reviewer claimed a review round: advisory, it tells other reviewers who is
/// working it and stops no one from deciding. <see cref="TakenOverFrom"/>: the reviewer who held it before, when the
/// claim took it over.
/// </summary>
public sealed record ReviewClaimed(
    Guid RequestId, Guid ReviewId, string ReviewerId, string ReviewerName, DateTimeOffset At, string? TakenOverFrom = null);

/// <summary>Event, review service → audit trail. The reviewer holding a review round's claim let it go undecided.</summary>
public sealed record ReviewReleased(Guid RequestId, Guid ReviewId, string ReviewerId, string ReviewerName, DateTimeOffset At);

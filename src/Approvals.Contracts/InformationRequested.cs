namespace Approvals.Contracts;

/// <summary>A reviewer needs more information before deciding.</summary>
public sealed record InformationRequested(
    Guid RequestId,
    Guid ReviewId,
    IReadOnlyList<string> Questions,
    string ReviewerId,
    DateTimeOffset RequestedAt);

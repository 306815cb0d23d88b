namespace Approvals.Contracts;

// OrderId, since orders are tracked: intake's id for the accepted order, returned with the workflow's refusal of it.

/// <summary>A reviewer halts an approval for safety; the reason is required.</summary>
public sealed record SuspensionOrdered(Guid RequestId, string ReviewerId, string Reason, DateTimeOffset At, string? ReviewerName = null,
    ElectronicSignature? Signature = null, Guid? OrderId = null);

/// <summary>A reviewer lifts a suspension.</summary>
public sealed record ReinstatementOrdered(Guid RequestId, string ReviewerId, string Reason, DateTimeOffset At, string? ReviewerName = null,
    Guid? OrderId = null);

/// <summary>A reviewer ends an approval for good.</summary>
public sealed record RevocationOrdered(Guid RequestId, string ReviewerId, string Reason, DateTimeOffset At, string? ReviewerName = null,
    ElectronicSignature? Signature = null, Guid? OrderId = null);

using Approvals.Contracts;
using Approvals.Persistence;

namespace Approvals.Intake.Persistence;

/// <summary>One transition of a request's timeline: when, to which status, by whom, why.</summary>
public sealed class RequestHistoryEntry
{
    public Guid RequestId { get; set; }
    public int Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    public RequestStatus Status { get; set; }
    public string ActorId { get; set; } = null!;
    public string? Reason { get; set; }

    /// <summary>The electronic signature that came with the step (decisions, questions, suspension, revocation).</summary>
    public StoredSignature? Signature { get; set; }
}

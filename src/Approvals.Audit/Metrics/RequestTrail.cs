using Approvals.Contracts;

namespace Approvals.Audit.Metrics;

/// <summary>What the metrics need of one request's entries: its urgency, its transitions and when it went overdue.</summary>
internal sealed class RequestTrail
{
    public Urgency? Urgency { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public List<Transition> Transitions { get; } = [];
    public List<DateTimeOffset> OverdueAt { get; } = [];

    public DateTimeOffset? ReceivedAt =>
        Transitions.Where(t => t.Status == RequestStatus.Submitted).Select(t => (DateTimeOffset?)t.At).FirstOrDefault() ?? SubmittedAt;

    public IEnumerable<Transition> InOrder => Transitions.OrderBy(t => t.Version);
}

internal sealed record Transition(int Version, RequestStatus Status, DateTimeOffset At, DecisionOutcome? Outcome);

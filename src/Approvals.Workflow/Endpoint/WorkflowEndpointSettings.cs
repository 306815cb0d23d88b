using Approvals.Messaging.Bus;

namespace Approvals.Workflow;

/// <summary>
/// What may differ between the workflow's hosts: the server takes the defaults; the specs and the benchmark tune the
/// endpoint or switch a guard off to see what it guards against. Set in code, never from configuration.
/// </summary>
public sealed record WorkflowEndpointSettings
{
    public string QueueName { get; init; } = ServiceAddresses.WorkflowQueue;

    /// <summary>Unset: the transport's default.</summary>
    public int? PrefetchCount { get; init; }

    /// <summary>Unset: the transport's default (as many as prefetched).</summary>
    public int? ConcurrentMessageLimit { get; init; }

    /// <summary>false: no message retry, so that a lost race surfaces as a fault.</summary>
    public bool Retry { get; init; } = true;

    /// <summary>The benchmark's baseline only: MassTransit's in-memory outbox, without an inbox or a stored outbox.</summary>
    public bool InMemoryOutbox { get; init; }
}

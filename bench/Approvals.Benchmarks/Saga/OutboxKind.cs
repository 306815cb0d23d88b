namespace Approvals.Benchmarks.Saga;

/// <summary>What stands between the saga's state change and the broker in P3 and P4.</summary>
public enum OutboxKind
{
    /// <summary>MassTransit's UseInMemoryOutbox: one commit, sends after it; duplicates possible after a crash.</summary>
    InMemory,

    /// <summary>Our UseInboxOutbox&lt;WorkflowDbContext&gt;: inbox row, state and outgoing messages in one commit, then a delivered mark.</summary>
    InboxOutbox,
}

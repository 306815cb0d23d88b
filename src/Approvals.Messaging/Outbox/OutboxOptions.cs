namespace Approvals.Messaging.Outbox;

/// <summary>Configuration section <c>Messaging:Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Messaging:Outbox";

    /// <summary>How long a consumed message id is remembered; later duplicates meet the saga's own state guards.</summary>
    public TimeSpan DuplicateDetectionWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often expired inbox rows are removed.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the bus outbox looks for undelivered messages when nothing woke it.</summary>
    public TimeSpan DeliveryPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one delivery loop owns the messages it claimed before another instance may take them over.</summary>
    public TimeSpan DeliveryLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one send of a stored message may wait for the broker's confirm before it counts as not sent.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Messages one delivery loop claims at a time.</summary>
    public int DeliveryBatchSize { get; set; } = 100;

    /// <summary>
    /// How long sent messages are kept so that a restart can send them again. Zero for a durable broker; the in-memory
    /// transport loses what it holds when the process dies, so the embedded default keeps them a while and replays
    /// them at start-up (receivers' inboxes drop the ones they already had).
    /// </summary>
    public TimeSpan RetainSentFor { get; set; } = TimeSpan.Zero;
}

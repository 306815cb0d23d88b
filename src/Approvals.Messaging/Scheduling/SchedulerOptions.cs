namespace Approvals.Messaging.Scheduling;

/// <summary>Configuration section <c>Messaging:Scheduler</c>.</summary>
public sealed class SchedulerOptions
{
    public const string Section = "Messaging:Scheduler";

    /// <summary>How often due timers are looked for; the resolution of every clock in the system.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a poller owns the due timers it claimed before another instance may fire them.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Timers one round claims. A round costs three commits whatever its size (claim, delete, tombstones), so a large
    /// batch is what lets a burst of timers fire at the transport's pace (docs/decisions/0009-timer-firing-in-batches.md).
    /// </summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>Sends of one round awaiting the transport's confirm at once.</summary>
    public int SendConcurrency { get; set; } = 32;
}

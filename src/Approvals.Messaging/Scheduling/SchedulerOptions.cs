namespace Approvals.Messaging.Scheduling;

/// <summary>Configuration section <c>Messaging:Scheduler</c>.</summary>
public sealed class SchedulerOptions
{
    public const string Section = "Messaging:Scheduler";

    /// <summary>How often due timers are looked for; the resolution of every clock in the system.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a poller owns the due timers it claimed before another instance may fire them.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    public int BatchSize { get; set; } = 100;
}

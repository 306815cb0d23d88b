namespace Approvals.Messaging.Scheduling;

public static class SchedulerAddress
{
    public const string QueueName = "scheduler";

    /// <summary>The exchange of the scheduler's queue: senders never declare the queue itself.</summary>
    public static Uri Uri { get; } = new($"exchange:{QueueName}");
}

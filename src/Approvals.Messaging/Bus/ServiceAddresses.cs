namespace Approvals.Messaging.Bus;

/// <summary>Queue names, one per service, shared by the consumers that read them and the senders that write to them.</summary>
public static class ServiceAddresses
{
    public const string WorkflowQueue = "approval-workflow";
    public const string ReviewQueue = "review";
    public const string IntakeQueue = "intake";

    /// <summary>
    /// Commands go to the queue's exchange, never to <c>queue:</c>: a sender must not declare the queue, or it would
    /// declare it differently from its consumer (classic instead of quorum).
    /// </summary>
    public static Uri Review { get; } = new($"exchange:{ReviewQueue}");
}

namespace Approvals.Messaging.Bus;

/// <summary>Queue names, one per service, shared by the consumers that read them and the senders that write to them.</summary>
public static class ServiceAddresses
{
    public const string WorkflowQueue = "approval-workflow";
    public const string ReviewQueue = "review";
    public const string IntakeQueue = "intake";

    public static Uri Review { get; } = new($"queue:{ReviewQueue}");
}

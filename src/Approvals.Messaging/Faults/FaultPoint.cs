namespace Approvals.Messaging.Faults;

/// <summary>Places around a commit where a fault test may crash the process.</summary>
public enum FaultPoint
{
    None,
    AfterConsumeBeforeCommit,
    AfterCommitBeforeSend,
    AfterSendBeforeDeliveredMark,

    /// <summary>
    /// Every delivery of the message whose id is <c>FaultInjection:MessageId</c>, before its inbox transaction: a crash
    /// loop, which only the queue's delivery limit ends (no marker file, so restarting does not stop it).
    /// </summary>
    EveryDeliveryOfMarkedMessage,
}

namespace Approvals.Messaging.Faults;

/// <summary>Places around a commit where a fault test may crash the process.</summary>
public enum FaultPoint
{
    None,
    AfterConsumeBeforeCommit,
    AfterCommitBeforeSend,
    AfterSendBeforeDeliveredMark,
}

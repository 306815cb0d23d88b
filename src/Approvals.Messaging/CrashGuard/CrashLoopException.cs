namespace Approvals.Messaging.CrashGuard;

/// <summary>Why a message went to its error queue without running: it killed the process while running alone, more than once.</summary>
public sealed class CrashLoopException(Guid messageId, int strikes) :
    Exception($"Message {messageId} was running alone each of the {strikes} times this service's process died; it is not run again.");

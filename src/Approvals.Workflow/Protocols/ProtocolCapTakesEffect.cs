using Approvals.Contracts;

namespace Approvals.Workflow;

/// <summary>
/// The workflow's own message, from <see cref="Protocols.ProtocolCapWatcher"/> to one running approval of the protocol:
/// the version took effect at <paramref name="At"/>; whether its cap makes the approval taper is the decider's call.
/// </summary>
public sealed record ProtocolCapTakesEffect(Guid RequestId, ProtocolVersionRules Protocol, DateTimeOffset At);

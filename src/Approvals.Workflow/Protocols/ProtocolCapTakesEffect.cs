using Approvals.Contracts;

namespace Approvals.Workflow;

/// <summary>
/// The workflow's own message, from <see cref="Protocols.ProtocolCapWatcher"/> to one running approval of the protocol
/// whose dose is above the version's cap: the version took effect at <paramref name="At"/>; the decider judges the taper.
/// </summary>
public sealed record ProtocolCapTakesEffect(Guid RequestId, ProtocolVersionRules Protocol, DateTimeOffset At);

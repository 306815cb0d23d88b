namespace Approvals.Domain.Protocols;

/// <summary>
/// One version of a protocol's rules, effective from a date. The version in force at submission is recorded on the
/// request and on its decision, so later versions never rewrite how a case was judged.
/// </summary>
public sealed record ProtocolVersion(string ProtocolId, int Version, DateTimeOffset EffectiveFrom, string Title);

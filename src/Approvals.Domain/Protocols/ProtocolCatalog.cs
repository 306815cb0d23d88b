namespace Approvals.Domain.Protocols;

/// <summary>All known protocol versions, and which one is in force at a given time.</summary>
public sealed class ProtocolCatalog
{
    readonly Dictionary<string, ProtocolVersion[]> _byProtocol;

    public ProtocolCatalog(IEnumerable<ProtocolVersion> versions)
    {
        _byProtocol = versions
            .GroupBy(v => v.ProtocolId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(v => v.EffectiveFrom).ThenBy(v => v.Version).ToArray(), StringComparer.Ordinal);
    }

    public IEnumerable<string> ProtocolIds => _byProtocol.Keys;

    public bool Exists(string protocolId) => _byProtocol.ContainsKey(protocolId);

    /// <summary>The latest version whose effective date has passed at <paramref name="at"/>, or null.</summary>
    public ProtocolVersion? InForce(string protocolId, DateTimeOffset at) =>
        _byProtocol.TryGetValue(protocolId, out var versions)
            ? versions.LastOrDefault(v => v.EffectiveFrom <= at)
            : null;
}

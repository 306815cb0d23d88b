namespace Approvals.Domain.Protocols;

/// <summary>A snapshot of known protocol versions, and which one is in force at a given time.</summary>
public sealed class ProtocolCatalog
{
    readonly Dictionary<string, ProtocolVersion[]> _byProtocol;

    public ProtocolCatalog(IEnumerable<ProtocolVersion> versions)
    {
        _byProtocol = versions
            .GroupBy(v => v.ProtocolId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(v => v.Version).ToArray(), StringComparer.Ordinal);
    }

    public IEnumerable<string> ProtocolIds => _byProtocol.Keys;

    public bool Exists(string protocolId) => _byProtocol.ContainsKey(protocolId);

    /// <summary>Every version of <paramref name="protocolId"/>, lowest number first; empty for an unknown protocol.</summary>
    public IReadOnlyList<ProtocolVersion> Versions(string protocolId) =>
        _byProtocol.TryGetValue(protocolId, out var versions) ? versions : [];

    public ProtocolVersion? Find(string protocolId, int version) => Versions(protocolId).FirstOrDefault(v => v.Version == version);

    /// <summary>The version in force at <paramref name="at"/> (see <see cref="VersionInForce.At{T}"/>), or null.</summary>
    public ProtocolVersion? InForce(string protocolId, DateTimeOffset at) => VersionInForce.At(Versions(protocolId), at);
}

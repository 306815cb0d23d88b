using System.Text.Json;
using Approvals.Domain.Protocols;

namespace Approvals.Intake.Protocols;

/// <summary>Reads protocol version documents from a directory; a malformed document stops the start-up, loudly.</summary>
public static class ProtocolFileLoader
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    sealed record Document(string? ProtocolId, int? Version, DateTimeOffset? EffectiveFrom, string? Title);

    public static ProtocolCatalog Load(string directory)
    {
        if (!Directory.Exists(directory))
            throw new InvalidOperationException($"Protocols:Path '{directory}' does not exist.");

        var versions = new List<ProtocolVersion>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var document = JsonSerializer.Deserialize<Document>(File.ReadAllText(file), Json);
            if (document is not { ProtocolId: { Length: > 0 } id, Version: { } version, EffectiveFrom: { } from, Title: { } title })
                throw new InvalidOperationException($"Protocol file '{file}' lacks protocolId, version, effectiveFrom or title.");
            versions.Add(new ProtocolVersion(id, version, from, title));
        }

        return new ProtocolCatalog(versions);
    }
}

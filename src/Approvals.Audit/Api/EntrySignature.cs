using System.Text.Json;
using Approvals.Audit.Recording;
using Approvals.Contracts;

namespace Approvals.Audit.Api;

/// <summary>
/// The electronic signature an entry records, lifted out of its new values so a signed step reads at a glance: signed
/// steps carry it at the top of their values, or inside the decision they record.
/// </summary>
public static class EntrySignature
{
    public static ElectronicSignature? In(string? newValues)
    {
        if (newValues is null)
            return null;
        using var document = JsonDocument.Parse(newValues);
        return In(document.RootElement);
    }

    public static ElectronicSignature? In(JsonElement? newValues)
    {
        if (newValues is not { ValueKind: JsonValueKind.Object } root)
            return null;
        var signature = root.TryGetProperty("signature", out var own) && own.ValueKind == JsonValueKind.Object ? own
            : root.TryGetProperty("decision", out var decision) && decision.ValueKind == JsonValueKind.Object &&
              decision.TryGetProperty("signature", out var decided) ? decided
            : default;
        return signature.ValueKind == JsonValueKind.Object ? signature.Deserialize<ElectronicSignature>(AuditJson.Options) : null;
    }
}

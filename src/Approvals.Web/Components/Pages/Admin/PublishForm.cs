using System.Text.Json;

namespace Approvals.Web.Components.Pages.Admin;

/// <summary>What the admin typed to publish a version: the protocol's id (optional when the document names it) and the document.</summary>
public sealed class PublishForm
{
    public string? ProtocolId { get; set; }
    public string? Document { get; set; }

    /// <summary>The id typed, else the document's <c>protocolId</c> when the document is JSON that names one.</summary>
    public string? TargetProtocolId()
    {
        if (!string.IsNullOrWhiteSpace(ProtocolId))
            return ProtocolId.Trim();
        if (string.IsNullOrWhiteSpace(Document))
            return null;
        try
        {
            using var json = JsonDocument.Parse(Document);
            return json.RootElement.ValueKind == JsonValueKind.Object &&
                   json.RootElement.TryGetProperty("protocolId", out var id) && id.ValueKind == JsonValueKind.String &&
                   !string.IsNullOrWhiteSpace(id.GetString())
                ? id.GetString()
                : null;
        }
        catch (JsonException)
        {
            // The API names what is wrong with the document; here it only cannot say which protocol it is for.
            return null;
        }
    }
}

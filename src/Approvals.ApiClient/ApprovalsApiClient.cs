using System.Text.Json.Serialization;

namespace Approvals.ApiClient;

/// <summary>What the generated client leaves to us: how it reads JSON and keeps the body of a refusal.</summary>
public partial class ApprovalsApiClient
{
    // The document's enumerations travel as their kebab-case names (JsonStringEnumMemberName on each member).
    static partial void UpdateJsonSerializerSettings(System.Text.Json.JsonSerializerOptions settings) =>
        settings.Converters.Add(new JsonStringEnumConverter());

    // A refusal's body stays on the ApiException as sent, so every member of its problem details (field errors on
    // any status, the rule's code) reaches the caller, not only those the document's problem schemas list.
    partial void Initialize() => ReadResponseAsString = true;
}

namespace Approvals.ApiClient;

/// <summary>What the generated client leaves to us.</summary>
public partial class ApprovalsApiClient
{
    // A refusal's body stays on the ApiException as sent, so every member of its problem details (field errors on
    // any status, the rule's code) reaches the caller, not only those the document's problem schemas list.
    partial void Initialize() => ReadResponseAsString = true;
}

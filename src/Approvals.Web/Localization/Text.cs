namespace Approvals.Web;

/// <summary>
/// The web app's strings: <c>Resources/Text.resx</c> (English) and <c>Resources/Text.fr.resx</c>. Inject
/// <c>IStringLocalizer&lt;Text&gt; T</c> (done in <c>_Imports.razor</c>) and write <c>@T["Key"]</c>; add each key to both files.
/// </summary>
public sealed class Text;

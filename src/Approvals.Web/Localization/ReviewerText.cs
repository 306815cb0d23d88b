namespace Approvals.Web;

/// <summary>
/// The reviewer's and specialist's strings: <c>Resources/ReviewerText.resx</c> and <c>ReviewerText.fr.resx</c>, injected as
/// <c>IStringLocalizer&lt;ReviewerText&gt; R</c> by the areas' <c>_Imports.razor</c>.
/// </summary>
public sealed class ReviewerText;

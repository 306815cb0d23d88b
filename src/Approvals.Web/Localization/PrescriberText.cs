namespace Approvals.Web;

/// <summary>
/// The prescriber pages' strings: <c>Resources/PrescriberText.resx</c> (English) and <c>PrescriberText.fr.resx</c>.
/// Inject <c>IStringLocalizer&lt;PrescriberText&gt; P</c>; keep the keys of both files the same.
/// </summary>
public sealed class PrescriberText;

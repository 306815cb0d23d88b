namespace Approvals.Web;

/// <summary>The admin's pages' strings: <c>Resources/AdminText.resx</c> and <c>Resources/AdminText.fr.resx</c>.</summary>
public sealed class AdminText;

namespace Approvals.Web;

/// <summary>The auditor's pages' strings: <c>Resources/AuditText.resx</c> and <c>Resources/AuditText.fr.resx</c>.</summary>
public sealed class AuditText;

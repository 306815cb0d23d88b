namespace Approvals.Web.Signing;

/// <summary>What the user typed on a signing page, kept while they re-authenticate, and where to bring them back.</summary>
public sealed record PendingForm(string UserId, string ReturnPath, IReadOnlyDictionary<string, string> Values);

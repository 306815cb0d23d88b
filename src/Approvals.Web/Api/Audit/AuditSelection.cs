using System.Globalization;
using Approvals.ApiClient;

namespace Approvals.Web.Api.Audit;

/// <summary>
/// The filters the entry list and the export share, as the API takes them: <see cref="From"/> inclusive and
/// <see cref="To"/> exclusive, on the time the action happened.
/// </summary>
public sealed record AuditSelection(DateTimeOffset? From, DateTimeOffset? To, string? ActorId, string? Action, string? RequestId)
{
    /// <summary><c>GET /api/v1/audit/entries</c>: one page of the entries selected, oldest first.</summary>
    public Task<PageOfAuditEntryView> ListAsync(ApprovalsApiClient api, string? cursor, int limit, CancellationToken cancellationToken = default) =>
        api.ListAuditEntriesAsync(From is { } from ? Instant(from) : null, To is { } to ? Instant(to) : null, Trimmed(ActorId), Trimmed(Action),
            Trimmed(RequestId), limit, string.IsNullOrEmpty(cursor) ? null : cursor, cancellationToken);

    /// <summary>The query string parameters that are set, UTC instants in ISO 8601.</summary>
    public IEnumerable<KeyValuePair<string, string>> Parameters()
    {
        if (From is { } from)
            yield return new("from", Instant(from));
        if (To is { } to)
            yield return new("to", Instant(to));
        if (Trimmed(ActorId) is { } actorId)
            yield return new("actorId", actorId);
        if (Trimmed(Action) is { } action)
            yield return new("action", action);
        if (Trimmed(RequestId) is { } requestId)
            yield return new("requestId", requestId);
    }

    public static string Instant(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

using System.Globalization;

namespace Approvals.Web.Api.Audit;

/// <summary>
/// The filters the entry list and the export share, as the API takes them: <see cref="From"/> inclusive and
/// <see cref="To"/> exclusive, on the time the action happened.
/// </summary>
public sealed record AuditSelection(DateTimeOffset? From, DateTimeOffset? To, string? ActorId, string? Action, string? RequestId)
{
    /// <summary>The query string parameters that are set, UTC instants in ISO 8601.</summary>
    public IEnumerable<KeyValuePair<string, string>> Parameters()
    {
        if (From is { } from)
            yield return new("from", Instant(from));
        if (To is { } to)
            yield return new("to", Instant(to));
        if (!string.IsNullOrWhiteSpace(ActorId))
            yield return new("actorId", ActorId.Trim());
        if (!string.IsNullOrWhiteSpace(Action))
            yield return new("action", Action.Trim());
        if (!string.IsNullOrWhiteSpace(RequestId))
            yield return new("requestId", RequestId.Trim());
    }

    public static string Instant(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

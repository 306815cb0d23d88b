using Approvals.Web.Api.Audit;

namespace Approvals.Web.Components.Pages.Auditor;

/// <summary>
/// The trail's filters as the page's query string carries them, named like the API's (<c>from</c>, <c>to</c>,
/// <c>actorId</c>, <c>action</c>, <c>requestId</c>) so the API's problems land on the fields that caused them. The
/// list, its paging links and the downloads share it.
/// </summary>
public sealed record TrailFilter(string? From, string? To, string? ActorId, string? Action, string? RequestId)
{
    /// <summary>The API's selection; null, with the fields named, when a day is not a day.</summary>
    public AuditSelection? ToSelection(TimeZoneInfo zone, ICollection<string> invalidFields)
    {
        var period = LocalPeriod.Parse(From, To, invalidFields);
        return invalidFields.Count > 0
            ? null
            : new AuditSelection(period.Start(zone), period.End(zone), ActorId, Action, RequestId);
    }

    /// <summary>The filters that are set, for a link to the list or a download (no leading '?').</summary>
    public string Query(params (string Name, string? Value)[] extra)
    {
        (string Name, string? Value)[] own = [("from", From), ("to", To), ("actorId", ActorId), ("action", Action), ("requestId", RequestId)];
        return string.Join('&', own.Concat(extra)
            .Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!.Trim())}"));
    }

    public bool IsEmpty => Query().Length == 0;
}

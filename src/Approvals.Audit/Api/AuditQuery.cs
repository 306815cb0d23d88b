using Approvals.Audit.Persistence;
using Approvals.Domain;
using Microsoft.AspNetCore.Mvc;

namespace Approvals.Audit.Api;

/// <summary>
/// The filters shared by the entry list and the export, as the query string carries them. <c>from</c> is inclusive
/// and <c>to</c> exclusive, both on the time the action happened.
/// </summary>
public sealed class AuditQuery
{
    const int MaxActorIdLength = 128;
    const int MaxActionLength = 64;

    [FromQuery(Name = "from")]
    public string? From { get; init; }
    [FromQuery(Name = "to")]
    public string? To { get; init; }
    [FromQuery(Name = "actorId")]
    public string? ActorId { get; init; }
    [FromQuery(Name = "action")]
    public string? Action { get; init; }
    [FromQuery(Name = "requestId")]
    public string? RequestId { get; init; }

    public AuditFilter? Validate(ValidationErrors errors)
    {
        if (!Iso8601.TryParse(From, out var from))
            errors.Add("from", Iso8601.Expected);
        if (!Iso8601.TryParse(To, out var to))
            errors.Add("to", Iso8601.Expected);
        if (from is not null && to is not null && from > to)
            errors.Add("to", "Must not be before 'from'.");
        if (ActorId is { Length: > MaxActorIdLength })
            errors.Add("actorId", $"At most {MaxActorIdLength} characters.");
        if (Action is { Length: > MaxActionLength })
            errors.Add("action", $"At most {MaxActionLength} characters.");
        Guid? requestId = null;
        if (!string.IsNullOrEmpty(RequestId))
        {
            if (Guid.TryParse(RequestId, out var parsed))
                requestId = parsed;
            else
                errors.Add("requestId", "A request id (a GUID).");
        }

        return errors.IsEmpty ? new AuditFilter(from, to, NullIfEmpty(ActorId), NullIfEmpty(Action), requestId) : null;
    }

    static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}

public sealed record AuditFilter(DateTimeOffset? From, DateTimeOffset? To, string? ActorId, string? Action, Guid? RequestId)
{
    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        if (From is { } from)
            entries = entries.Where(e => e.OccurredAt >= from);
        if (To is { } to)
            entries = entries.Where(e => e.OccurredAt < to);
        if (ActorId is { } actorId)
            entries = entries.Where(e => e.ActorId == actorId);
        if (Action is { } action)
            entries = entries.Where(e => e.Action == action);
        if (RequestId is { } requestId)
            entries = entries.Where(e => e.RequestId == requestId);
        return entries;
    }
}

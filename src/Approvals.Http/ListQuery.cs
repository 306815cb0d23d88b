using Approvals.Domain;

namespace Approvals.Http;

/// <summary>The paging part of every list request, validated.</summary>
public sealed record ListQuery(int Limit, Cursor? After)
{
    public static ListQuery? Parse(int? limit, string? cursor, CursorKind kind, ValidationErrors errors)
    {
        if (limit is < 1 or > Cursor.MaxLimit)
            errors.Add("limit", $"Between 1 and {Cursor.MaxLimit}.");
        if (!Cursor.TryDecode(cursor, kind, out var after))
            errors.Add("cursor", "Not a cursor this service issued.");
        return errors.IsEmpty ? new ListQuery(limit ?? Cursor.DefaultLimit, after) : null;
    }

    /// <summary>Cuts the one extra row fetched to learn whether another page exists.</summary>
    public Page<TOut> ToPage<TIn, TOut>(IReadOnlyList<TIn> rows, Func<TIn, Cursor> positionOf, Func<TIn, TOut> map)
    {
        var items = rows.Take(Limit).Select(map).ToList();
        var next = rows.Count > Limit ? positionOf(rows[Limit - 1]).Encode() : null;
        return new Page<TOut>(items, next);
    }
}

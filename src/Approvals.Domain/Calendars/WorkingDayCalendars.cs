using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Approvals.Domain.Calendars;

/// <summary>
/// The calendars protocols may name, by jurisdiction code. Codes are matched exactly (<c>FR</c>, not <c>fr</c>): a
/// protocol document reads back as it was written, so it spells each code one way.
/// </summary>
public sealed class WorkingDayCalendars
{
    readonly FrozenDictionary<string, WorkingDayCalendar> _byCode;

    public WorkingDayCalendars(IEnumerable<WorkingDayCalendar> calendars)
    {
        var list = calendars.ToList();
        var duplicate = list.GroupBy(c => c.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Calendar {duplicate.Key} is given more than once.", nameof(calendars));
        _byCode = list.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        Codes = [.. list.Select(c => c.Code).Order(StringComparer.Ordinal)];
    }

    /// <summary>Every jurisdiction's calendar, no closure configured.</summary>
    public static WorkingDayCalendars Standard { get; } = new(JurisdictionCalendars.All);

    public IReadOnlyList<string> Codes { get; }

    /// <summary>These calendars, with <paramref name="closures"/> added to the one named <paramref name="code"/>.</summary>
    public WorkingDayCalendars WithClosures(string code, IEnumerable<DateOnly> closures)
    {
        var closing = Get(code);
        return new WorkingDayCalendars(_byCode.Values.Select(c => c == closing ? c.WithClosures(closures) : c));
    }

    public bool TryGet(string? code, [NotNullWhen(true)] out WorkingDayCalendar? calendar)
    {
        calendar = null;
        return code is not null && _byCode.TryGetValue(code, out calendar);
    }

    /// <summary>The calendar <paramref name="code"/> names; an <see cref="UnknownCalendarException"/> when none.</summary>
    public WorkingDayCalendar Get(string? code) =>
        TryGet(code, out var calendar) ? calendar : throw new UnknownCalendarException(code, Codes);

    /// <summary>What a validator says of a code that names no calendar.</summary>
    public string UnknownCode(string? code) => Unknown(code, Codes);

    internal static string Unknown(string? code, IEnumerable<string> known) =>
        $"No working-day calendar is named '{code}': one of {string.Join(", ", known)}.";
}

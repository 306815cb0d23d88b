using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Approvals.Domain.Calendars;

/// <summary>
/// The working days of one jurisdiction: Monday to Friday, except its public holidays (on the day they are observed) and
/// the closures an operator configured. Deadlines in working days are counted on it, in its time zone.
/// </summary>
/// <remarks>
/// Counting follows the rule European law uses for periods (Regulation 1182/71, article 3): the day of the event that
/// starts a period is not counted, whether or not it is a working day, and the period ends with the end of its last day.
/// So 5 working days from any moment of a Friday, Saturday or Sunday all end when the following Friday ends (no holiday
/// between): a request sent on Saturday gains nothing on one sent on Friday evening, and loses nothing either.
/// </remarks>
public sealed class WorkingDayCalendar
{
    readonly IPublicHolidayRules _holidayRules;
    readonly FrozenSet<DateOnly> _closures;
    readonly ConcurrentDictionary<int, IReadOnlyList<PublicHoliday>> _observedByYear = new();

    public WorkingDayCalendar(string code, TimeZoneInfo timeZone, IPublicHolidayRules holidayRules, IEnumerable<DateOnly>? closures = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(timeZone);
        ArgumentNullException.ThrowIfNull(holidayRules);
        Code = code;
        TimeZone = timeZone;
        _holidayRules = holidayRules;
        _closures = (closures ?? []).ToFrozenSet();
    }

    /// <summary>The jurisdiction, as protocols name the calendar (<c>FR</c>, <c>US</c>).</summary>
    public string Code { get; }

    /// <summary>Where the days begin and end: a deadline falls at midnight here, whatever the zone of who reads it.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>Extra days off configured for this calendar, such as an agency's closure days.</summary>
    public IReadOnlySet<DateOnly> Closures => _closures;

    /// <summary>This calendar with <paramref name="closures"/> closed as well as the ones it already has.</summary>
    public WorkingDayCalendar WithClosures(IEnumerable<DateOnly> closures) =>
        new(Code, TimeZone, _holidayRules, _closures.Concat(closures));

    /// <summary>
    /// The public holidays observed on a day of <paramref name="year"/>, by the day observed (two holidays may share
    /// one: Ascension fell on 1 May in France in 2008), including one observed early for the next year's date.
    /// </summary>
    public IReadOnlyList<PublicHoliday> HolidaysObservedIn(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, Computus.FirstGregorianYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, DateOnly.MaxValue.Year);
        return _observedByYear.GetOrAdd(year, y =>
        [
            .. Enumerable.Range(y - 1, 3)
                .Where(ruleYear => ruleYear is >= Computus.FirstGregorianYear && ruleYear <= DateOnly.MaxValue.Year)
                .SelectMany(_holidayRules.For)
                .Where(h => h.ObservedOn.Year == y)
                .OrderBy(h => h.ObservedOn),
        ]);
    }

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !_closures.Contains(day)
        && !HolidaysObservedIn(day.Year).Any(h => h.ObservedOn == day);

    /// <summary>The day it is on this calendar at <paramref name="instant"/>.</summary>
    public DateOnly DayOf(DateTimeOffset instant) => ZonedDays.DayOf(instant, TimeZone);

    /// <summary>The instant <paramref name="day"/> ends here: the first instant of the next day, in this calendar's offset.</summary>
    public DateTimeOffset EndOf(DateOnly day) => ZonedDays.StartOf(day.AddDays(1), TimeZone);

    /// <summary>The <paramref name="count"/>-th working day after <paramref name="day"/>, which itself never counts.</summary>
    public DateOnly WorkingDayAfter(DateOnly day, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var current = day;
        for (var counted = 0; counted < count;)
        {
            current = current.AddDays(1);
            if (IsWorkingDay(current))
                counted++;
        }

        return current;
    }

    /// <summary>
    /// When a period of <paramref name="workingDays"/> working days that starts at <paramref name="start"/> runs out:
    /// the end of the <paramref name="workingDays"/>-th working day after the day <paramref name="start"/> falls on here.
    /// Anything done before that instant is in time.
    /// </summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset start, int workingDays) =>
        EndOf(WorkingDayAfter(DayOf(start), workingDays));

    /// <summary>
    /// The working days after <paramref name="from"/> up to and including <paramref name="to"/>, so that
    /// <c>WorkingDaysBetween(d, WorkingDayAfter(d, n)) == n</c>; negative when <paramref name="to"/> comes first.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
            return -WorkingDaysBetween(to, from);
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
                count++;
        }

        return count;
    }
}

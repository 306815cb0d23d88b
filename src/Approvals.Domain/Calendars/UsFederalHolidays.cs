namespace Approvals.Domain.Calendars;

/// <summary>
/// The US federal holidays of 5 U.S.C. 6103, with the Office of Personnel Management's rule for the fixed-date ones: on
/// a Saturday the holiday is observed on the Friday before, on a Sunday on the Monday after. The Monday holidays follow
/// the 1968 Uniform Monday Holiday Act, applied to every year (deadlines are computed for now and later); Juneteenth
/// counts from 2021, its first year. Inauguration Day, a holiday only around Washington, D.C., is left to closures.
/// </summary>
public sealed class UsFederalHolidays : IPublicHolidayRules
{
    public const int FirstJuneteenth = 2021;

    public IEnumerable<PublicHoliday> For(int year)
    {
        yield return FixedDate("New Year's Day", new DateOnly(year, 1, 1));
        yield return OnItsDate("Birthday of Martin Luther King, Jr.", MonthDays.Nth(year, 1, DayOfWeek.Monday, 3));
        yield return OnItsDate("Washington's Birthday", MonthDays.Nth(year, 2, DayOfWeek.Monday, 3));
        yield return OnItsDate("Memorial Day", MonthDays.Last(year, 5, DayOfWeek.Monday));
        if (year >= FirstJuneteenth)
            yield return FixedDate("Juneteenth National Independence Day", new DateOnly(year, 6, 19));
        yield return FixedDate("Independence Day", new DateOnly(year, 7, 4));
        yield return OnItsDate("Labor Day", MonthDays.Nth(year, 9, DayOfWeek.Monday, 1));
        yield return OnItsDate("Columbus Day", MonthDays.Nth(year, 10, DayOfWeek.Monday, 2));
        yield return FixedDate("Veterans Day", new DateOnly(year, 11, 11));
        yield return OnItsDate("Thanksgiving Day", MonthDays.Nth(year, 11, DayOfWeek.Thursday, 4));
        yield return FixedDate("Christmas Day", new DateOnly(year, 12, 25));
    }

    static PublicHoliday OnItsDate(string name, DateOnly date) => new(name, date, date);

    static PublicHoliday FixedDate(string name, DateOnly date) => new(name, date, date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(-1),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    });
}

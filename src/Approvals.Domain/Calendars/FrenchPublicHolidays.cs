namespace Approvals.Domain.Calendars;

/// <summary>
/// The eleven public holidays of the French Labour Code (article L3133-1), as observed in metropolitan France outside
/// Alsace-Moselle. They are observed on their own date: one that falls on a weekend gives no day off in lieu.
/// Local extra days (Good Friday and 26 December in Alsace-Moselle, the overseas abolition days) are closures to configure.
/// </summary>
public sealed class FrenchPublicHolidays : IPublicHolidayRules
{
    public IEnumerable<PublicHoliday> For(int year)
    {
        var easter = Computus.EasterSunday(year);
        return
        [
            OnItsDate("New Year's Day", new DateOnly(year, 1, 1)),
            OnItsDate("Easter Monday", easter.AddDays(1)),
            OnItsDate("Labour Day", new DateOnly(year, 5, 1)),
            OnItsDate("Victory in Europe Day", new DateOnly(year, 5, 8)),
            OnItsDate("Ascension Day", easter.AddDays(39)),
            OnItsDate("Whit Monday", easter.AddDays(50)),
            OnItsDate("Bastille Day", new DateOnly(year, 7, 14)),
            OnItsDate("Assumption Day", new DateOnly(year, 8, 15)),
            OnItsDate("All Saints' Day", new DateOnly(year, 11, 1)),
            OnItsDate("Armistice Day", new DateOnly(year, 11, 11)),
            OnItsDate("Christmas Day", new DateOnly(year, 12, 25)),
        ];
    }

    static PublicHoliday OnItsDate(string name, DateOnly date) => new(name, date, date);
}

namespace Approvals.Domain.Calendars;

/// <summary>
/// Easter Sunday in the Gregorian calendar, which places France's movable holidays (Easter Monday, Ascension, Whit
/// Monday). The anonymous Gregorian algorithm (Meeus, Jones, Butcher): the golden number places the year in the 19-year
/// lunar cycle, the century terms correct for the Gregorian leap-year rule and the drift of the tabular moon, and the
/// result is the first Sunday after the ecclesiastical full moon on or after 21 March.
/// </summary>
public static class Computus
{
    /// <summary>The Gregorian reform took effect in 1582; earlier years were reckoned in the Julian calendar.</summary>
    public const int FirstGregorianYear = 1583;

    public static DateOnly EasterSunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstGregorianYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, DateOnly.MaxValue.Year);

        var goldenNumber = year % 19;
        var century = year / 100;
        var yearInCentury = year % 100;
        var skippedLeapDays = century / 4;
        var centuryLeapRemainder = century % 4;
        var lunarCorrection = (century - (century + 8) / 25 + 1) / 3;
        var epact = (19 * goldenNumber + century - skippedLeapDays - lunarCorrection + 15) % 30;
        var weekdayShift = (32 + 2 * centuryLeapRemainder + 2 * (yearInCentury / 4) - epact - yearInCentury % 4) % 7;
        var lateFullMoonCorrection = (goldenNumber + 11 * epact + 22 * weekdayShift) / 451;
        var daysFromMarch = epact + weekdayShift - 7 * lateFullMoonCorrection + 114;
        return new DateOnly(year, daysFromMarch / 31, daysFromMarch % 31 + 1);
    }
}

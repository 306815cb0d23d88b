namespace Approvals.Domain.Calendars;

/// <summary>A jurisdiction's public holidays, computed for any year rather than listed year by year.</summary>
public interface IPublicHolidayRules
{
    /// <summary>
    /// The holidays whose date is in <paramref name="year"/>, each with the day it is observed; that day may fall in
    /// the year before (New Year's Day on a Saturday is observed in the US on the previous 31 December).
    /// </summary>
    IEnumerable<PublicHoliday> For(int year);
}

using Approvals.Domain.Protocols;

namespace Approvals.Domain;

/// <summary>
/// How long a review may take, by urgency, as configuration sets it for cases without a protocol version, in calendar
/// time (Part D: 24 h / 72 h; CMS-0057-F: 72 h / 7 days).
/// </summary>
public sealed class ReviewClocks
{
    public TimeSpan Standard { get; set; } = TimeSpan.FromDays(7);
    public TimeSpan Expedited { get; set; } = TimeSpan.FromHours(72);

    public ReviewDeadlines Deadlines() => new(new CalendarTimeAllowed(Standard), new CalendarTimeAllowed(Expedited));
}

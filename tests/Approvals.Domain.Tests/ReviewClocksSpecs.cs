using Approvals.Contracts;

namespace Approvals.Domain.Tests;

public sealed class ReviewClocksSpecs
{
    static readonly DateTimeOffset OpenedAt = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(Urgency.Standard, 7 * 24)]
    [InlineData(Urgency.Expedited, 72)]
    public void The_default_clocks_are_seven_days_and_seventy_two_hours(Urgency urgency, int hours)
    {
        Assert.Equal(OpenedAt.AddHours(hours), new ReviewClocks().Deadlines().DueAt(urgency, OpenedAt));
    }

    [Theory]
    [InlineData(Urgency.Standard, 72, 24, 72)]
    [InlineData(Urgency.Expedited, 72, 24, 24)]
    [InlineData(Urgency.Standard, 0, 0, 0)]
    [InlineData(Urgency.Expedited, 1000, 1, 1)]
    public void Configured_clocks_replace_the_defaults(Urgency urgency, int standardHours, int expeditedHours, int expectedHours)
    {
        var clocks = new ReviewClocks { Standard = TimeSpan.FromHours(standardHours), Expedited = TimeSpan.FromHours(expeditedHours) };

        Assert.Equal(OpenedAt.AddHours(expectedHours), clocks.Deadlines().DueAt(urgency, OpenedAt));
    }

    [Fact]
    public void The_due_time_keeps_the_offset_of_the_opening_time()
    {
        var openedAt = new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(2));

        var due = new ReviewClocks().Deadlines().DueAt(Urgency.Expedited, openedAt);

        Assert.Equal(TimeSpan.FromHours(2), due.Offset);
        Assert.Equal(openedAt.UtcDateTime.AddHours(72), due.UtcDateTime);
    }
}

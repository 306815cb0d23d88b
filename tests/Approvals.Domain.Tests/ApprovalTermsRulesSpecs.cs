namespace Approvals.Domain.Tests;

public sealed class ApprovalTermsRulesSpecs
{
    static readonly DateTimeOffset From = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Reminders_default_to_30_and_7_days_and_come_longest_lead_first()
    {
        Assert.Equal([TimeSpan.FromDays(30), TimeSpan.FromDays(7)], new ApprovalTermsRules().Reminders);
        Assert.Equal([TimeSpan.FromDays(14), TimeSpan.FromDays(1)],
            new ApprovalTermsRules { RenewalReminders = [TimeSpan.FromDays(1), TimeSpan.FromDays(14)] }.Reminders);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(365, true)]
    [InlineData(366, false)]
    [InlineData(0, false)]
    [InlineData(-1, false)]
    public void A_window_must_end_after_it_starts_and_last_at_most_the_maximum(int days, bool allowed) =>
        Assert.Equal(allowed, new ApprovalTermsRules().AllowsWindow(From, From.AddDays(days)));

    [Fact]
    public void Inconsistent_settings_are_named()
    {
        var rules = new ApprovalTermsRules
        {
            DefaultValidity = TimeSpan.FromDays(400), FollowUpInterval = TimeSpan.Zero, RenewalReminders = [TimeSpan.FromDays(-1)],
        };

        Assert.Equal(3, rules.Problems().Count());
        Assert.Empty(new ApprovalTermsRules().Problems());
    }
}

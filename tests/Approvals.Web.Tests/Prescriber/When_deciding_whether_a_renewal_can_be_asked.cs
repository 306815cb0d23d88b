using Approvals.ApiClient;
using Approvals.Web.Components.Pages.Prescriber;

namespace Approvals.Web.Tests.Prescriber;

public sealed class When_deciding_whether_a_renewal_can_be_asked
{
    static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    static readonly TimeSpan Interval = TimeSpan.FromDays(31);

    [Fact]
    public void Should_offer_it_with_a_follow_up_assessed_within_the_interval()
    {
        var eligibility = RenewalEligibility.For(Approval(), [FollowUpOn(new DateOnly(2026, 11, 6))], Interval, Now);

        Assert.Equal(new RenewalEligibility(true), eligibility);
    }

    [Fact]
    public void Should_refuse_it_with_the_earliest_date_that_counts_when_the_last_follow_up_is_older()
    {
        var eligibility = RenewalEligibility.For(Approval(), [FollowUpOn(new DateOnly(2026, 11, 5))], Interval, Now);

        Assert.Equal(new RenewalEligibility(false, "RenewalNeedsFollowUp", new DateOnly(2026, 11, 6)), eligibility);
    }

    [Fact]
    public void Should_refuse_it_without_any_follow_up()
    {
        Assert.False(RenewalEligibility.For(Approval(), [], Interval, Now).CanAsk);
    }

    [Fact]
    public void Should_refuse_it_while_a_renewal_is_under_review()
    {
        var eligibility = RenewalEligibility.For(Approval() with { Renewal = new RenewalView { Status = "under-review", Cycle = 0 } }, [FollowUpOn(new DateOnly(2026, 12, 7))], Interval, Now);

        Assert.Equal(new RenewalEligibility(false, "RenewalUnderReview"), eligibility);
    }

    [Theory]
    [InlineData("suspended")]
    [InlineData("under-review")]
    [InlineData("expired")]
    public void Should_refuse_it_for_anything_but_an_approval_in_force(string status)
    {
        var eligibility = RenewalEligibility.For(Approval() with { Status = status }, [FollowUpOn(new DateOnly(2026, 12, 7))], Interval, Now);

        Assert.Equal(new RenewalEligibility(false, "RenewalNotApproved"), eligibility);
    }

    [Fact]
    public void Should_refuse_it_before_a_renewed_window_starts()
    {
        var eligibility = RenewalEligibility.For(Approval() with { ValidFrom = Now.AddDays(3) }, [FollowUpOn(new DateOnly(2026, 12, 7))], Interval, Now);

        Assert.Equal(new RenewalEligibility(false, "RenewalWindowNotStarted"), eligibility);
    }

    [Fact]
    public void Should_leave_it_to_the_api_when_the_interval_is_unknown()
    {
        Assert.True(RenewalEligibility.For(Approval(), [], followUpInterval: null, Now).CanAsk);
    }

    [Fact]
    public void Should_read_the_interval_of_the_requests_own_protocol_version_only()
    {
        ProtocolInForce[] inForce =
        [
            new() { ProtocolId = "baclofen-aud", Version = 3, Title = "B", MaxDailyDoseMg = 80, DoseTiers = [new DoseTierView { UpToMg = 80, Review = "single" }], FollowUpInterval = "P31D" },
        ];

        Assert.Equal(TimeSpan.FromDays(31), RenewalEligibility.IntervalOf(Approval() with { ProtocolVersion = 3 }, inForce));
        Assert.Null(RenewalEligibility.IntervalOf(Approval() with { ProtocolVersion = 1 }, inForce));
    }

    static RequestView Approval() => new()
    {
        Id = Guid.NewGuid(), Status = "approved", ProtocolId = "baclofen-aud", ProtocolVersion = 3, PrescriberId = "dr-x",
        Patient = new PatientDescriptor { Pseudonym = "PT-0001", BirthYear = 1970, Sex = "female" }, DailyDoseMg = 60, ApprovedDailyDoseMg = 60,
        Urgency = "standard", Indication = "alcohol-dependence", Justification = "j", SubmittedAt = Now.AddDays(-60), DecidedAt = Now.AddDays(-59),
        ValidFrom = Now.AddDays(-59), ValidUntil = Now.AddDays(120), NextFollowUpDue = Now.AddDays(10), Renewal = new RenewalView { Cycle = 0 },
    };

    static FollowUpView FollowUpOn(DateOnly date) => new() { Id = Guid.NewGuid(), Date = date, DailyDoseMg = 60, DrinksPerDay = 1, ReportedAt = Now };
}

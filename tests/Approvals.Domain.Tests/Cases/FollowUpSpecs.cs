using Approvals.Domain.Cases;
using static Approvals.Domain.Tests.Cases.CaseHistory;

namespace Approvals.Domain.Tests.Cases;

/// <summary>A follow-up every interval (31 days under version 1): reports reset the clock, a missed one is overdue.</summary>
public sealed class FollowUpSpecs
{
    static readonly DateTimeOffset DecidedAt = T0.AddDays(2);
    static readonly DateTimeOffset Now = DecidedAt.AddDays(20);

    static CaseHistory Approval() => Submitted().Approved(DecidedAt);

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    [InlineData(-22, true)]
    [InlineData(-23, true)]
    [InlineData(-24, false)]
    public void An_assessment_is_dated_since_the_submission_and_never_in_the_future(int daysFromToday, bool accepted)
    {
        // Now is 22 days after the submission day, both at 09:00 UTC: still the day before in UTC−12, where the
        // submission fell on the 23rd day back; tomorrow has begun nowhere yet (it is 23:00 in UTC+14).
        var verdict = Approval().When(new ReportFollowUp(Guid.NewGuid(), Prescriber, Day(Now).AddDays(daysFromToday), 100, Now), Now);

        if (accepted)
            Assert.IsType<FollowUpRecorded>(Assert.Single(verdict.Events));
        else
            Assert.True(Then.Refused(verdict, RefusalCodes.Invalid, RefusalKind.Invalid).Errors!.Has("date"));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)]
    public void An_assessment_dated_today_east_of_utc_is_not_in_the_future(int daysAfterTheUtcDay, bool accepted)
    {
        // 23:10 UTC: already the next day in Paris, and in every zone from UTC+1 east; the day after that nowhere.
        var lateEvening = new DateTimeOffset(Day(Now).ToDateTime(new TimeOnly(23, 10)), TimeSpan.Zero);

        var verdict = Approval().When(new ReportFollowUp(Guid.NewGuid(), Prescriber, Day(lateEvening).AddDays(daysAfterTheUtcDay), 100,
            lateEvening), lateEvening);

        if (accepted)
            Assert.IsType<FollowUpRecorded>(Assert.Single(verdict.Events));
        else
            Assert.True(Then.Refused(verdict, RefusalCodes.Invalid, RefusalKind.Invalid).Errors!.Has("date"));
    }

    [Fact]
    public void A_report_sets_the_next_due_date_one_interval_after_the_assessment_day()
    {
        var recorded = Then.Event<FollowUpRecorded>(Approval().When(new ReportFollowUp(Guid.NewGuid(), Prescriber, Day(Now), 100, Now), Now));

        Assert.Equal(ApprovalClocks.StartOf(Day(Now)).AddDays(31), recorded.NextDue);
        Assert.Equal((Day(Now), false, true), (recorded.LastAssessedOn, recorded.Overdue, recorded.IsNewest));
    }

    [Fact]
    public void An_older_report_arriving_late_does_not_pull_the_due_date_back_nor_replace_the_newest()
    {
        var history = Approval().FollowUp(Day(Now), Now);
        var late = Then.Event<FollowUpRecorded>(history.When(new ReportFollowUp(Guid.NewGuid(), Prescriber, Day(Now).AddDays(-10), 90, Now.AddHours(1)),
            Now.AddHours(1)));

        Assert.Equal((Day(Now), ApprovalClocks.StartOf(Day(Now)).AddDays(31), false), (late.LastAssessedOn, late.NextDue, late.IsNewest));
        var state = CaseDecider.Replay([late], history.State);
        Assert.Equal(Day(Now), state.FollowUps.Latest!.AssessedOn);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    public void The_follow_up_clock_marks_the_approval_overdue_once_the_interval_passed(int secondsAfterDue, bool overdue)
    {
        var verdict = Approval().When(new FireTimer(CaseTimer.FollowUpDue), DecidedAt.AddDays(31).AddSeconds(secondsAfterDue));

        if (overdue)
            Assert.Equal(DecidedAt.AddDays(31), Then.Event<FollowUpWentOverdue>(verdict).DueAt);
        else
            Then.Unchanged(verdict);
    }

    [Fact]
    public void A_report_after_the_due_date_clears_the_overdue_flag_unless_it_is_still_overdue()
    {
        var overdue = Approval().Did(new FireTimer(CaseTimer.FollowUpDue), DecidedAt.AddDays(31));
        var late = DecidedAt.AddDays(40);

        Assert.False(Then.Event<FollowUpRecorded>(overdue.When(new ReportFollowUp(Guid.NewGuid(), Prescriber, Day(late), 100, late), late)).Overdue);
        Assert.True(Then.Event<FollowUpRecorded>(overdue.When(new ReportFollowUp(Guid.NewGuid(), Prescriber, Day(T0), 100, late), late)).Overdue);
    }

    [Fact]
    public void Follow_ups_are_reported_on_an_approval_in_force_or_suspended_by_its_prescriber()
    {
        Then.Refused(Submitted().When(new ReportFollowUp(Guid.NewGuid(), Prescriber, Day(T0), 100, T0), T0), RefusalCodes.NotAnApproval,
            RefusalKind.Conflict);
        Then.Refused(Approval().When(new ReportFollowUp(Guid.NewGuid(), Reviewer, Day(Now), 100, Now), Now), RefusalCodes.NotThePrescriber,
            RefusalKind.Forbidden);
        Then.Event<FollowUpRecorded>(Approval().Suspended(Now).When(new ReportFollowUp(Guid.NewGuid(), Prescriber, Day(Now), 100, Now), Now));
    }
}

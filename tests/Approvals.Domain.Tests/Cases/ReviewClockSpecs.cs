using Approvals.Contracts;
using Approvals.Domain.Cases;
using Approvals.Domain.Protocols;
using static Approvals.Domain.Tests.Cases.CaseHistory;

namespace Approvals.Domain.Tests.Cases;

/// <summary>The review clock stops while the prescriber is asked, and resumes shifted by the pause.</summary>
public sealed class ReviewClockSpecs
{
    [Theory]
    [InlineData(48, 120, 240)]
    [InlineData(0, 1, 169)]
    [InlineData(48, 48, 168)]
    [InlineData(160, 400, 408)]
    public void The_pause_for_an_answer_moves_the_deadline(int askedAfterHours, int answeredAfterHours, int dueAfterHours)
    {
        var history = Submitted().AskedForInformation(T0.AddHours(askedAfterHours));
        var verdict = history.When(new ProvideInformation(Prescriber, "ALT normal.", T0.AddHours(answeredAfterHours)), T0.AddHours(answeredAfterHours));

        var resumed = Then.Event<QuestionsAnswered>(verdict);
        Assert.Equal(T0.AddHours(dueAfterHours), resumed.DueAt);
        Assert.Equal(TimeSpan.FromHours(answeredAfterHours - askedAfterHours), resumed.Paused);
    }

    [Fact]
    public void The_reminder_comes_at_80_percent_of_the_running_clock()
    {
        var round = Submitted().AskedForInformation(T0.AddDays(1)).Answered(T0.AddDays(4)).State.Review!;

        Assert.Equal(T0.AddDays(10), round.DueAt);
        Assert.Equal(T0.AddDays(3).AddHours(7 * 24 * 0.8), round.ReminderAt);
    }

    [Fact]
    public void A_review_already_overdue_keeps_its_deadline_through_a_pause()
    {
        var history = Submitted().Did(new FireTimer(CaseTimer.ReviewDeadline), T0.AddDays(7))
            .AskedForInformation(T0.AddDays(8)).Answered(T0.AddDays(10));

        Assert.Equal((T0.AddDays(7), TimeSpan.Zero, true), (history.State.Review!.DueAt, history.State.Review.Paused, history.State.Review.Overdue));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(60, true)]
    public void The_deadline_marks_the_round_overdue_once_its_time_has_come(int secondsAfterDue, bool overdue)
    {
        var history = Submitted();
        var verdict = history.When(new FireTimer(CaseTimer.ReviewDeadline), T0.AddDays(7).AddSeconds(secondsAfterDue));

        if (overdue)
            Assert.Equal(T0.AddDays(7), Then.Event<ReviewWentOverdue>(verdict).DueAt);
        else
            Then.Unchanged(verdict);
    }

    [Fact]
    public void A_round_is_marked_overdue_once()
    {
        var history = Submitted().Did(new FireTimer(CaseTimer.ReviewDeadline), T0.AddDays(7));

        Then.Unchanged(history.When(new FireTimer(CaseTimer.ReviewDeadline), T0.AddDays(8)));
    }

    [Fact]
    public void Neither_reminder_nor_deadline_runs_while_the_prescriber_is_asked()
    {
        var history = Submitted().AskedForInformation(T0.AddDays(1));

        Then.Unchanged(history.When(new FireTimer(CaseTimer.ReviewReminder), T0.AddDays(6)));
        Then.Unchanged(history.When(new FireTimer(CaseTimer.ReviewDeadline), T0.AddDays(7)));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    public void An_unanswered_question_lapses_the_request_at_the_information_deadline(int secondsAfterDeadline, bool lapses)
    {
        var history = Submitted().AskedForInformation(T0.AddDays(1));
        var now = T0.AddDays(15).AddSeconds(secondsAfterDeadline);
        var verdict = history.When(new FireTimer(CaseTimer.InformationDeadline), now);

        if (!lapses)
        {
            Then.Unchanged(verdict);
            return;
        }

        Assert.Equal(new CalendarTimeAllowed(TimeSpan.FromDays(14)), Then.Event<RequestLapsed>(verdict).InformationDeadline);
        var state = CaseDecider.Replay(verdict.Events, history.State);
        Assert.Equal((CasePhase.Lapsed, (DateTimeOffset?)now, ReviewStatus.Cancelled), (state.Phase, state.ClosedAt, state.Review!.Status));
    }

    [Fact]
    public void Only_the_prescriber_answers_and_only_an_open_question()
    {
        Then.Refused(Submitted().AskedForInformation(T0.AddDays(1)).When(new ProvideInformation(Reviewer, "Me.", T0.AddDays(2)), T0.AddDays(2)),
            RefusalCodes.NotThePrescriber, RefusalKind.Forbidden);
        Then.Refused(Submitted().When(new ProvideInformation(Prescriber, "Unasked.", T0.AddDays(2)), T0.AddDays(2)),
            RefusalCodes.NoQuestionOpen, RefusalKind.Conflict);
        Assert.True(Then.Refused(Submitted().AskedForInformation(T0.AddDays(1)).When(new ProvideInformation(Prescriber, " ", T0.AddDays(2)), T0.AddDays(2)),
            RefusalCodes.Invalid, RefusalKind.Invalid).Errors!.Has("text"));
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Contracts;
using Approvals.Domain.Calendars;
using Approvals.Domain.Cases;
using Approvals.Domain.Protocols;
using static Approvals.Domain.Tests.Cases.CaseHistory;
using static Approvals.Domain.Tests.Protocols.ProtocolDocuments;

namespace Approvals.Domain.Tests.Cases;

/// <summary>
/// Review clocks and the information deadline in French working days, around Whit Monday 2027 (17 May, Easter being
/// 28 March): a request sent on Thursday 13 May has Friday 14, then Tuesday 18 onwards.
/// </summary>
public sealed class WorkingDayDeadlineSpecs
{
    static readonly DateTimeOffset ThursdayBeforeWhitMonday = At("2027-05-13T10:00:00+02:00");

    static readonly ProtocolVersion InWorkingDays = Version(Valid()
        .Set("reviewClocks.standard", new JsonObject { ["workingDays"] = 5, ["calendar"] = "FR" })
        .Set("reviewClocks.expedited", new JsonObject { ["workingDays"] = 2, ["calendar"] = "FR" })
        .Set("informationDeadline", new JsonObject { ["workingDays"] = 3, ["calendar"] = "FR" })
        .ToJsonString());

    static CaseHistory SubmittedOnThursday(Urgency urgency = Urgency.Standard) =>
        new CaseHistory().Did(new SubmitRequest(Prescriber, 100, urgency, ThursdayBeforeWhitMonday, InitialReview, InWorkingDays, CaseTerms.Default),
            ThursdayBeforeWhitMonday);

    [Theory]
    [InlineData(Urgency.Standard, "2027-05-22T00:00:00+02:00")]  // Fri 14, Tue 18, Wed 19, Thu 20, Fri 21: when Friday ends in Paris
    [InlineData(Urgency.Expedited, "2027-05-19T00:00:00+02:00")] // Fri 14, Tue 18
    public void The_review_is_due_when_the_last_working_day_ends(Urgency urgency, string dueAt)
    {
        var verdict = new CaseHistory().When(
            new SubmitRequest(Prescriber, 100, urgency, ThursdayBeforeWhitMonday, InitialReview, InWorkingDays, CaseTerms.Default),
            ThursdayBeforeWhitMonday);

        Assert.Equal(At(dueAt), verdict.Events.OfType<ReviewOpened>().Single().Round.DueAt);
    }

    [Fact]
    public void The_reviewer_is_warned_before_the_holiday_deadline_and_marked_overdue_at_it()
    {
        var history = SubmittedOnThursday();

        Then.Unchanged(history.When(new FireTimer(CaseTimer.ReviewDeadline), At("2027-05-21T23:59:59+02:00")));
        Assert.Equal(At("2027-05-22T00:00:00+02:00"),
            Then.Event<ReviewWentOverdue>(history.When(new FireTimer(CaseTimer.ReviewDeadline), At("2027-05-22T00:00:00+02:00"))).DueAt);
    }

    [Fact]
    public void The_answer_is_due_three_working_days_after_the_question()
    {
        var askedOnFriday = At("2027-05-14T17:00:00+02:00");

        var asked = Then.Event<QuestionsAsked>(SubmittedOnThursday().When(
            new DecideReview(InitialReview, Reviewer, new ReviewDecision(DecisionOutcome.RequestInformation, null, null, null, ["Liver function?"]), askedOnFriday),
            askedOnFriday));

        Assert.Equal(At("2027-05-21T00:00:00+02:00"), asked.AnswerDueAt); // Tue 18, Wed 19, Thu 20
    }

    [Fact]
    public void An_unanswered_question_lapses_when_the_working_days_run_out()
    {
        var askedOnFriday = At("2027-05-14T17:00:00+02:00");
        var history = SubmittedOnThursday().Did(
            new DecideReview(InitialReview, Reviewer, new ReviewDecision(DecisionOutcome.RequestInformation, null, null, null, ["Liver function?"]), askedOnFriday),
            askedOnFriday);

        Then.Unchanged(history.When(new FireTimer(CaseTimer.InformationDeadline), At("2027-05-20T23:59:59+02:00")));
        var lapsed = Then.Event<RequestLapsed>(history.When(new FireTimer(CaseTimer.InformationDeadline), At("2027-05-21T00:00:00+02:00")));
        Assert.Equal(new WorkingDaysAllowed(3, JurisdictionCalendars.France), lapsed.InformationDeadline);
    }

    [Fact]
    public void An_answer_moves_the_due_time_on_by_the_elapsed_pause()
    {
        // Asked on Friday morning, answered on Tuesday morning: four days stood still, holiday weekend included.
        var history = SubmittedOnThursday()
            .Did(new DecideReview(InitialReview, Reviewer, new ReviewDecision(DecisionOutcome.RequestInformation, null, null, null, ["Liver function?"]),
                At("2027-05-14T10:00:00+02:00")), At("2027-05-14T10:00:00+02:00"))
            .Did(new ProvideInformation(Prescriber, "ALT normal.", At("2027-05-18T10:00:00+02:00")), At("2027-05-18T10:00:00+02:00"));

        Assert.Equal(At("2027-05-26T00:00:00+02:00"), history.State.Review!.DueAt);
    }

    [Fact]
    public void Terms_carried_in_a_message_keep_their_working_days()
    {
        var terms = new ProtocolTerms(TimeSpan.Zero, TimeSpan.FromHours(72), TimeSpan.Zero, TimeSpan.FromDays(180), TimeSpan.FromDays(365),
            TimeSpan.FromDays(30), [TimeSpan.FromDays(30)], StandardReviewWorkingDays: new WorkingDays(5, "FR"),
            InformationDeadlineWorkingDays: new WorkingDays(10, "US"));

        var caseTerms = CaseTerms.Of(JsonSerializer.Deserialize<ProtocolTerms>(JsonSerializer.Serialize(terms))!);

        Assert.Equal(new ReviewDeadlines(new WorkingDaysAllowed(5, JurisdictionCalendars.France), new CalendarTimeAllowed(TimeSpan.FromHours(72))),
            caseTerms.Clocks);
        Assert.Equal(new WorkingDaysAllowed(10, JurisdictionCalendars.UnitedStates), caseTerms.InformationDeadline);
    }

    [Fact]
    public void Terms_stored_before_working_days_existed_read_as_calendar_time()
    {
        const string storedBefore = """
            {"StandardReview":"7.00:00:00","ExpeditedReview":"3.00:00:00","InformationDeadline":"14.00:00:00","ApprovalValidity":"180.00:00:00",
             "MaxApprovalValidity":"365.00:00:00","FollowUpInterval":"30.00:00:00","RenewalReminders":["30.00:00:00","7.00:00:00"]}
            """;

        var terms = CaseTerms.Of(JsonSerializer.Deserialize<ProtocolTerms>(storedBefore)!);

        Assert.Equal(new ReviewDeadlines(new CalendarTimeAllowed(TimeSpan.FromDays(7)), new CalendarTimeAllowed(TimeSpan.FromDays(3))), terms.Clocks);
        Assert.Equal(new CalendarTimeAllowed(TimeSpan.FromDays(14)), terms.InformationDeadline);
        Assert.Equal(T0.AddDays(7), terms.Clocks.DueAt(Urgency.Standard, T0));
    }
}

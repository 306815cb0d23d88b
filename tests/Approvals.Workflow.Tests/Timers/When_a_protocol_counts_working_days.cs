using Approvals.Contracts;
using Approvals.Workflow.Tests.Repository;
using Microsoft.Extensions.Time.Testing;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.Timers;

/// <summary>
/// A protocol version's clocks in French working days, on the durable scheduler with fake time, around Whit Monday 2027
/// (17 May): a request sent on Thursday 13 May is due when Friday 21 ends in Paris, not five calendar days on.
/// </summary>
public sealed class When_a_protocol_counts_working_days
{
    static readonly DateTimeOffset ThursdayBeforeWhitMonday = new(2027, 5, 13, 10, 0, 0, TimeSpan.FromHours(2));
    static readonly DateTimeOffset EndOfFriday21 = new(2027, 5, 22, 0, 0, 0, TimeSpan.FromHours(2));

    static readonly ProtocolTerms InWorkingDays = new(
        StandardReview: TimeSpan.Zero, ExpeditedReview: TimeSpan.FromHours(72), InformationDeadline: TimeSpan.Zero,
        ApprovalValidity: TimeSpan.FromDays(180), MaxApprovalValidity: TimeSpan.FromDays(365), FollowUpInterval: TimeSpan.FromDays(30),
        RenewalReminders: [TimeSpan.FromDays(30)],
        StandardReviewWorkingDays: new WorkingDays(5, "FR"), InformationDeadlineWorkingDays: new WorkingDays(3, "FR"));

    [Fact]
    public async Task Should_schedule_the_review_deadline_when_the_last_working_day_ends()
    {
        var clock = new FakeTimeProvider(ThursdayBeforeWhitMonday);
        await using var workflow = await SqliteWorkflow.Start(clock: clock);
        var id = Guid.NewGuid();
        Assert.False(await workflow.PublishAndWait(Submission(id) with { SubmittedAt = ThursdayBeforeWhitMonday, Terms = InWorkingDays }));
        await Eventually.True(async () => await workflow.PendingTimers() == 2, "reminder and deadline scheduled");
        Assert.Equal(EndOfFriday21, (await workflow.Load(id)).ReviewDueAt);

        clock.SetUtcNow(EndOfFriday21 - TimeSpan.FromSeconds(1));
        await workflow.FireDueTimers(); // the reminder only
        await workflow.Quiesce();
        Assert.Empty(workflow.Published<ReviewOverdue>(m => m.RequestId == id));

        clock.SetUtcNow(EndOfFriday21);
        await Eventually.True(async () =>
        {
            await workflow.FireDueTimers();
            return workflow.Published<ReviewOverdue>(m => m.RequestId == id).Count == 1;
        }, "overdue when Friday 21 ends");
    }

    [Fact]
    public async Task Should_lapse_the_request_when_the_working_days_to_answer_run_out()
    {
        var clock = new FakeTimeProvider(ThursdayBeforeWhitMonday);
        await using var workflow = await SqliteWorkflow.Start(clock: clock);
        var id = Guid.NewGuid();
        Assert.False(await workflow.PublishAndWait(Submission(id) with { SubmittedAt = ThursdayBeforeWhitMonday, Terms = InWorkingDays }));
        var askedOnFriday = new DateTimeOffset(2027, 5, 14, 17, 0, 0, TimeSpan.FromHours(2));
        clock.SetUtcNow(askedOnFriday);
        Assert.False(await workflow.PublishAndWait(Questions(id, "Liver function tests?") with { RequestedAt = askedOnFriday }));
        await Eventually.Settled(workflow.PendingTimers, 1, "review clock paused, reply deadline scheduled");

        // Tuesday 18, Wednesday 19, Thursday 20: due when Thursday ends in Paris.
        var endOfThursday20 = new DateTimeOffset(2027, 5, 21, 0, 0, 0, TimeSpan.FromHours(2));
        clock.SetUtcNow(endOfThursday20 - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await workflow.FireDueTimers());

        clock.SetUtcNow(endOfThursday20);
        await workflow.FireDueTimers();
        await Eventually.True(() => Task.FromResult(
            workflow.Published<RequestStatusChanged>(m => m.RequestId == id && m.Status == RequestStatus.Lapsed).Count == 1), "the request lapsed");
        var lapsed = Assert.Single(workflow.Published<RequestStatusChanged>(m => m.RequestId == id && m.Status == RequestStatus.Lapsed));
        Assert.Equal("No reply to the reviewer's questions within 3 working days (FR)", lapsed.Reason);
    }
}

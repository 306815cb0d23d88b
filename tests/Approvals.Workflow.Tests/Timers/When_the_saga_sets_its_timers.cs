using Approvals.Workflow.Tests.Repository;
using MassTransit.Scheduling;
using Microsoft.Extensions.Time.Testing;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.Timers;

/// <summary>
/// The saga's timers are rows in its own database, written in the commit that changes the case: no schedule or cancel
/// request travels to the scheduler's endpoint, so none can lag behind the case or cost a consume of its own.
/// </summary>
public sealed class When_the_saga_sets_its_timers
{
    [Fact]
    public async Task Should_store_them_with_the_case_and_send_no_scheduling_request()
    {
        var clock = new FakeTimeProvider(SubmittedAt);
        await using var workflow = await SqliteWorkflow.Start(clock: clock);
        var id = Guid.NewGuid();

        Assert.False(await workflow.PublishAndWait(Submission(id)));
        // Read straight after the submission's consume: nothing was left to arrive later.
        Assert.Equal(2, await workflow.PendingTimers());

        Assert.False(await workflow.PublishAndWait(Approval(id)));
        // The review clock's two timers are cancelled; the follow-up, the renewal reminder and the expiry are set.
        Assert.Equal(3, await workflow.PendingTimers());

        Assert.Empty(workflow.Sent.Of<ScheduleMessage>());
        Assert.Empty(workflow.Sent.Of<CancelScheduledMessage>());
    }
}

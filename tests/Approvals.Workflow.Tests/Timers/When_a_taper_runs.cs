using Approvals.Contracts;
using Approvals.Workflow.Tests.Repository;
using Microsoft.Extensions.Time.Testing;
using static Approvals.Workflow.Tests.Harness.TestMessages;
using static Approvals.Workflow.Tests.Timers.ApprovedCase;

namespace Approvals.Workflow.Tests.Timers;

/// <summary>A taper is a sub-state of the approval state it runs in, entered when ordered and left when a follow-up ends it.</summary>
public sealed class When_a_taper_runs
{
    [Fact]
    public async Task Should_taper_in_the_sub_state_of_each_approval_state_until_a_follow_up_reaches_the_cap()
    {
        var clock = new FakeTimeProvider(SubmittedAt);
        await using var workflow = await SqliteWorkflow.Start(clock: clock);
        var id = Guid.NewGuid();
        Assert.False(await workflow.PublishAndWait(Submission(id)));
        Assert.False(await workflow.PublishAndWait(Approval(id)));

        Assert.False(await workflow.PublishAndWait(new ProtocolVersionPublished(LoweredCap.At80(SubmittedAt - Day), null, SubmittedAt)));
        await Eventually.True(async () => (await workflow.Load(id)).CurrentState == nameof(ApprovalStateMachine.ApprovedTapering),
            "tapering once the lower cap is in force");

        // The sub-state takes its parent's transitions: a suspension suspends, and the taper goes on while suspended.
        Assert.False(await workflow.PublishAndWait(Suspension(id, SubmittedAt.AddHours(5))));
        Assert.Equal(nameof(ApprovalStateMachine.SuspendedTapering), (await workflow.Load(id)).CurrentState);
        Assert.False(await workflow.PublishAndWait(Reinstatement(id, SubmittedAt.AddHours(6))));
        Assert.Equal(nameof(ApprovalStateMachine.ApprovedTapering), (await workflow.Load(id)).CurrentState);

        Assert.False(await workflow.PublishAndWait(FollowUp(id, SubmittedAt.AddHours(7)) with { DailyDoseMg = 80 }));
        var saga = await workflow.Load(id);
        Assert.Equal((nameof(ApprovalStateMachine.Approved), null), (saga.CurrentState, saga.Taper));
    }
}

using Approvals.Contracts;
using Approvals.Workflow.Tests.Harness;
using Approvals.Workflow.Tests.StateMachine;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.Arbitration;

/// <summary>
/// The prescriber withdraws while a reviewer decides; both were accepted by their APIs. The saga arbitrates: the
/// first to reach it takes effect, the other changes nothing and is refused aloud, so the loser learns it lost.
/// </summary>
public sealed class When_a_withdrawal_and_a_decision_cross
{
    [Fact]
    public async Task Should_void_a_decision_that_arrives_after_the_withdrawal()
    {
        await using var workflow = await WorkflowHarness.Start();
        var id = await workflow.Submitted();
        await workflow.Publish(Withdrawal(id), m => m.Withdrawn);
        var reviewId = workflow.Instance(id).ReviewId;
        var before = SagaSnapshot.Of(workflow.Instance(id));
        var outputs = workflow.OutputsOf(id);

        await workflow.PublishIgnored(Approval(id) with { ReviewId = reviewId });

        Assert.Equal(before, SagaSnapshot.Of(workflow.Instance(id)));
        Assert.Equal(outputs, workflow.OutputsOf(id));
        Assert.Equal(1, outputs.CancelReviews);
        var refusal = Assert.Single(workflow.Published<AttemptRefused>(m => m.RequestId == id));
        Assert.Equal((RequestSteps.Decision, Reviewer, ActorRoles.Reviewer, 409, (Guid?)reviewId),
            (refusal.Action, refusal.ActorId, refusal.ActorRole, refusal.Status, refusal.ReviewId));
        Assert.Contains("withdrawn", refusal.Reason, StringComparison.Ordinal);
        Assert.Contains("void", refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_withdrawal_that_arrives_after_the_approval()
    {
        await using var workflow = await WorkflowHarness.Start();
        var id = await workflow.Submitted();
        await workflow.Publish(Approval(id), m => m.Approved);
        var before = SagaSnapshot.Of(workflow.Instance(id));
        var outputs = workflow.OutputsOf(id);

        await workflow.PublishIgnored(Withdrawal(id));

        Assert.Equal(before, SagaSnapshot.Of(workflow.Instance(id)));
        Assert.Equal(outputs, workflow.OutputsOf(id));
        Assert.Equal(0, outputs.CancelReviews);
        var refusal = Assert.Single(workflow.Published<AttemptRefused>(m => m.RequestId == id));
        Assert.Equal((RequestSteps.Withdrawal, Prescriber, ActorRoles.Prescriber, 409),
            (refusal.Action, refusal.ActorId, refusal.ActorRole, refusal.Status));
        Assert.Contains("approved", refusal.Reason, StringComparison.Ordinal);
    }
}

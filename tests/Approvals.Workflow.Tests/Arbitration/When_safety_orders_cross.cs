using Approvals.Contracts;
using Approvals.Workflow.Tests.Harness;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.Arbitration;

/// <summary>
/// Signed safety orders that reach the saga in a state that forbids them (another order got there first) change
/// nothing and are refused aloud, naming the order intake accepted, so every accepted order ends applied or refused.
/// </summary>
public sealed class When_safety_orders_cross
{
    [Fact]
    public async Task Should_apply_the_first_suspension_and_refuse_the_second()
    {
        await using var workflow = await WorkflowHarness.Start();
        var id = await workflow.Submitted();
        await workflow.Publish(Approval(id), m => m.Approved);
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());

        await workflow.Publish(Suspension(id, Now) with { OrderId = first }, m => m.Suspended);
        var sequence = workflow.Instance(id).TimelineSequence;
        await workflow.PublishIgnored(Suspension(id, Now) with { ReviewerId = "reviewer-8", OrderId = second });

        Assert.Equal(sequence, workflow.Instance(id).TimelineSequence);
        Assert.Single(workflow.Timeline(id), e => e.Status == RequestStatus.Suspended);
        var refusal = Assert.Single(workflow.Published<AttemptRefused>(m => m.RequestId == id));
        Assert.Equal((RequestSteps.Suspension, "reviewer-8", 409, (Guid?)second),
            (refusal.Action, refusal.ActorId, refusal.Status, refusal.OrderId));
        Assert.Contains("suspended", refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_reinstatement_and_a_revocation_the_state_no_longer_allows()
    {
        await using var workflow = await WorkflowHarness.Start();
        var id = await workflow.Submitted();
        await workflow.Publish(Approval(id), m => m.Approved);
        var reinstatement = Guid.NewGuid();

        await workflow.PublishIgnored(Reinstatement(id, Now) with { OrderId = reinstatement });
        await workflow.Publish(Revocation(id, Now), m => m.Revoked);
        await workflow.PublishIgnored(Revocation(id, Now) with { OrderId = Guid.NewGuid() });

        Assert.Equal("Revoked", workflow.Instance(id).CurrentState);
        Assert.Single(workflow.Timeline(id), e => e.Status == RequestStatus.Revoked);
        var refused = workflow.Published<AttemptRefused>(m => m.RequestId == id);
        Assert.Equal([RequestSteps.Reinstatement, RequestSteps.Revocation], refused.Select(r => r.Action).Order());
        Assert.Equal(reinstatement, refused.Single(r => r.Action == RequestSteps.Reinstatement).OrderId);
    }
}

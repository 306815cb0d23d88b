using Approvals.Contracts;
using Approvals.Workflow.Tests.Harness;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.StateMachine;

/// <summary>A dose above the protocol version's maximum is denied by the system at once; no reviewer sees it.</summary>
public sealed class When_the_protocol_refuses_the_dose
{
    [Fact]
    public async Task Should_deny_it_without_opening_a_review_and_cancel_nothing_later()
    {
        await using var workflow = await WorkflowHarness.Start();
        var id = Guid.NewGuid();
        var denial = new AutomaticDenial("ABOVE_PROTOCOL_MAX", "320 mg/day is above the maximum of 300 mg/day of baclofen-aud version 1.");

        await workflow.Publish(Submission(id) with { AutomaticDenial = denial }, m => m.Denied);

        var outputs = workflow.OutputsOf(id);
        Assert.Equal((0, 1, 0), (outputs.OpenReviews, outputs.Denied, outputs.Granted));
        var timeline = workflow.Timeline(id);
        Assert.Equal([RequestStatus.Submitted, RequestStatus.Denied], timeline.Select(e => e.Status));
        var denied = timeline[^1];
        Assert.Equal((ApprovalStateMachine.SystemActor, "system", denial.Rationale), (denied.ActorId, denied.ActorRole, denied.Reason));
        Assert.Equal(new DecisionRecord(DecisionOutcome.Deny, null, "ABOVE_PROTOCOL_MAX", denial.Rationale, ApprovalStateMachine.SystemActor,
            SubmittedAt, ProtocolVersion: 3), denied.Decision);
        Assert.Equal(SubmittedAt, workflow.Instance(id).ClosedAt);

        // A reviewer's decision that somehow arrives changes nothing.
        await workflow.PublishIgnored(Approval(id));
        Assert.Equal(outputs, workflow.OutputsOf(id));
    }
}

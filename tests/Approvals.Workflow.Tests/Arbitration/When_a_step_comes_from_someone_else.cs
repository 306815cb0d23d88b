using Approvals.Contracts;
using Approvals.Workflow.Tests.Harness;
using Approvals.Workflow.Tests.StateMachine;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.Arbitration;

/// <summary>
/// The saga does not trust the actor a message names: a prescriber's step from anyone but the request's prescriber,
/// or a safety order from the prescriber themselves, changes nothing and is refused aloud (403).
/// </summary>
public sealed class When_a_step_comes_from_someone_else
{
    const string Stranger = "prescriber-2";

    [Fact]
    public async Task Should_refuse_a_withdrawal_and_keep_the_review_open()
    {
        await using var workflow = await WorkflowHarness.Start();
        var id = await workflow.Submitted();
        var before = SagaSnapshot.Of(workflow.Instance(id));
        var outputs = workflow.OutputsOf(id);

        await workflow.PublishIgnored(Withdrawal(id) with { PrescriberId = Stranger });

        Assert.Equal(before, SagaSnapshot.Of(workflow.Instance(id)));
        Assert.Equal(outputs, workflow.OutputsOf(id));
        AssertRefused(workflow, id, RequestSteps.Withdrawal, Stranger, ActorRoles.Prescriber, 403);
    }

    [Fact]
    public async Task Should_refuse_an_answer_and_keep_waiting_for_the_prescribers()
    {
        await using var workflow = await WorkflowHarness.Start();
        var id = await workflow.Submitted();
        await workflow.Publish(Questions(id, "Recent ECG?"), m => m.AwaitingInformation);
        var before = SagaSnapshot.Of(workflow.Instance(id));

        await workflow.PublishIgnored(Answer(id) with { PrescriberId = Stranger });

        Assert.Equal(before, SagaSnapshot.Of(workflow.Instance(id)));
        Assert.Empty(workflow.Sent<ResumeReview>(m => m.RequestId == id));
        AssertRefused(workflow, id, RequestSteps.Information, Stranger, ActorRoles.Prescriber, 403);
        await workflow.Publish(Answer(id), m => m.UnderReview);
    }

    [Fact]
    public async Task Should_refuse_a_follow_up_a_renewal_and_a_suspension_by_the_prescriber()
    {
        await using var workflow = await WorkflowHarness.Start();
        var id = await workflow.Submitted();
        await workflow.Publish(Approval(id), m => m.Approved);
        var before = SagaSnapshot.Of(workflow.Instance(id));
        var outputs = workflow.OutputsOf(id);

        await workflow.PublishIgnored(FollowUp(id, Now) with { PrescriberId = Stranger });
        await workflow.PublishIgnored(Renewal(id, Now, Now) with { PrescriberId = Stranger });
        await workflow.PublishIgnored(Suspension(id, Now) with { ReviewerId = Prescriber });

        var saga = workflow.Instance(id);
        Assert.Equal(before, SagaSnapshot.Of(saga));
        Assert.Equal((null, null, null), (saga.LastFollowUpOn, saga.RenewalStatus, saga.SuspendedAt));
        Assert.Equal(outputs, workflow.OutputsOf(id));
        AssertRefused(workflow, id, RequestSteps.FollowUp, Stranger, ActorRoles.Prescriber, 403);
        AssertRefused(workflow, id, RequestSteps.Renewal, Stranger, ActorRoles.Prescriber, 403);
        AssertRefused(workflow, id, RequestSteps.Suspension, Prescriber, ActorRoles.Reviewer, 403);
    }

    static void AssertRefused(WorkflowHarness workflow, Guid id, string step, string actor, string role, int status)
    {
        var refusal = Assert.Single(workflow.Published<AttemptRefused>(m => m.RequestId == id && m.Action == step));
        Assert.Equal((actor, role, status), (refusal.ActorId, refusal.ActorRole, refusal.Status));
    }
}

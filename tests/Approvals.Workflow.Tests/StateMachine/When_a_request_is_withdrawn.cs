using Approvals.Contracts;
using Approvals.Messaging.Bus;
using Approvals.Workflow.Tests.Harness;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.StateMachine;

public sealed class When_a_request_is_withdrawn_under_review : Scenario
{
    protected override async Task Given()
    {
        Id = await Workflow.Submitted();
        await Workflow.Publish(Withdrawal(Id), m => m.Withdrawn);
    }

    [Fact]
    public void Should_cancel_the_review() => WithdrawalAssertions.ReviewCancelled(Workflow, Id);

    [Fact]
    public void Should_add_the_withdrawal_to_the_timeline() => WithdrawalAssertions.TimelineEnds(Workflow, Id, sequence: 3);
}

public sealed class When_a_request_is_withdrawn_awaiting_information : Scenario
{
    protected override async Task Given()
    {
        Id = await Workflow.Submitted();
        await Workflow.Publish(Questions(Id, "Recent ECG?"), m => m.AwaitingInformation);
        await Workflow.Publish(Withdrawal(Id), m => m.Withdrawn);
    }

    [Fact]
    public void Should_cancel_the_review() => WithdrawalAssertions.ReviewCancelled(Workflow, Id);

    [Fact]
    public void Should_add_the_withdrawal_to_the_timeline() => WithdrawalAssertions.TimelineEnds(Workflow, Id, sequence: 4);

    [Fact]
    public void Should_not_resume_the_review() => Assert.Empty(Workflow.Sent<ResumeReview>(m => m.RequestId == Id));
}

static class WithdrawalAssertions
{
    static readonly DateTimeOffset WithdrawnAt = Withdrawal(Guid.Empty).WithdrawnAt;

    public static void ReviewCancelled(WorkflowHarness workflow, Guid id)
    {
        var saga = workflow.Instance(id);
        var (cancel, destination) = Assert.Single(workflow.Sent<CancelReview>(m => m.RequestId == id));
        Assert.Equal(ServiceAddresses.ReviewQueue, destination!.AbsolutePath.Trim('/'));
        Assert.Equal(new CancelReview(id, saga.ReviewId, "Withdrawn by the prescriber", WithdrawnAt), cancel);
        Assert.Equal(nameof(ApprovalStateMachine.Withdrawn), saga.CurrentState);
        Assert.Equal(WithdrawnAt, saga.ClosedAt);
        Assert.Null(saga.DecidedBy);
    }

    public static void TimelineEnds(WorkflowHarness workflow, Guid id, int sequence)
    {
        var timeline = workflow.Timeline(id);
        Assert.Equal(Enumerable.Range(1, sequence), timeline.Select(e => e.Sequence));
        var entry = timeline[^1];
        Assert.Equal((RequestStatus.Withdrawn, WithdrawnAt, Prescriber, "Patient moved"), (entry.Status, entry.At, entry.ActorId, entry.Reason));
    }
}

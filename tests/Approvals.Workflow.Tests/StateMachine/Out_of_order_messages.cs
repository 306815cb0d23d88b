using Approvals.Workflow.Tests.Harness;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.StateMachine;

public sealed class When_a_decision_arrives_after_withdrawal : IgnoredScenario
{
    protected override async Task Arrange()
    {
        Id = await Workflow.Submitted();
        await Workflow.Publish(Withdrawal(Id), m => m.Withdrawn);
    }

    protected override object LateMessage => Approval(Id);

    [Fact]
    public void Should_stay_withdrawn_without_a_decision()
    {
        Assert.Equal(nameof(ApprovalStateMachine.Withdrawn), Saga.CurrentState);
        Assert.Null(Saga.DecidedBy);
        Assert.Empty(Workflow.Published<Contracts.ApprovalGranted>(m => m.RequestId == Id));
    }
}

public sealed class When_a_withdrawal_arrives_after_approval : IgnoredScenario
{
    protected override async Task Arrange()
    {
        Id = await Workflow.Submitted();
        await Workflow.Publish(Approval(Id), m => m.Approved);
    }

    protected override object LateMessage => Withdrawal(Id);

    [Fact]
    public void Should_stay_approved_and_keep_the_review_closed()
    {
        Assert.Equal(nameof(ApprovalStateMachine.Approved), Saga.CurrentState);
        Assert.Equal(Approval(Id).DecidedAt, Saga.ValidFrom);
        Assert.Null(Saga.ClosedAt);
        Assert.Empty(Workflow.Sent<Contracts.CancelReview>(m => m.RequestId == Id));
    }
}

public sealed class When_information_is_provided_while_under_review : IgnoredScenario
{
    protected override async Task Arrange() => Id = await Workflow.Submitted();

    protected override object LateMessage => Answer(Id);

    [Fact]
    public void Should_stay_under_review_without_resuming()
    {
        Assert.Equal(nameof(ApprovalStateMachine.UnderReview), Saga.CurrentState);
        Assert.Empty(Workflow.Sent<Contracts.ResumeReview>(m => m.RequestId == Id));
    }
}

public sealed class When_a_request_is_submitted_twice : IgnoredScenario
{
    protected override async Task Arrange() => Id = await Workflow.Submitted();

    // A redelivery may even carry other values (a retried HTTP call): the first submission stays the record.
    protected override object LateMessage => Submission(Id, Contracts.Urgency.Expedited) with { DailyDoseMg = 999m };

    [Fact]
    public void Should_open_one_review_and_keep_the_first_submission()
    {
        Assert.Single(Workflow.Sent<Contracts.OpenReview>(m => m.RequestId == Id));
        Assert.Single(Workflow.Timeline(Id), e => e.Status == Contracts.RequestStatus.Submitted);
        Assert.Equal((RequestedDose, Contracts.Urgency.Standard), (Saga.DailyDoseMg, Saga.Urgency));
    }
}

public sealed class When_a_second_decision_arrives_after_an_approval : IgnoredScenario
{
    protected override async Task Arrange()
    {
        Id = await Workflow.Submitted();
        await Workflow.Publish(Approval(Id), m => m.Approved);
    }

    protected override object LateMessage => Denial(Id);

    [Fact]
    public void Should_keep_the_first_decision()
    {
        Assert.Equal((nameof(ApprovalStateMachine.Approved), RequestedDose), (Saga.CurrentState, Saga.ApprovedDailyDoseMg));
        Assert.Empty(Workflow.Published<Contracts.ApprovalDenied>(m => m.RequestId == Id));
    }
}

public sealed class When_a_second_decision_arrives_after_a_denial : IgnoredScenario
{
    protected override async Task Arrange()
    {
        Id = await Workflow.Submitted();
        await Workflow.Publish(Denial(Id), m => m.Denied);
    }

    protected override object LateMessage => Approval(Id, reviewer: "reviewer-8");

    [Fact]
    public void Should_keep_the_first_decision()
    {
        Assert.Equal((nameof(ApprovalStateMachine.Denied), Reviewer), (Saga.CurrentState, Saga.DecidedBy));
        Assert.Empty(Workflow.Published<Contracts.ApprovalGranted>(m => m.RequestId == Id));
    }
}

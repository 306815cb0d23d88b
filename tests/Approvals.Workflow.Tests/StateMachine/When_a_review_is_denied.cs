using Approvals.Contracts;
using Approvals.Workflow.Tests.Harness;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.StateMachine;

public sealed class When_a_review_is_denied : Scenario
{
    ReviewDecided _decision = null!;

    protected override async Task Given()
    {
        Id = await Workflow.Submitted();
        _decision = Denial(Id);
        await Workflow.Publish(_decision, m => m.Denied);
    }

    [Fact]
    public void Should_publish_the_denial_with_its_reason()
    {
        var denied = Assert.Single(Workflow.Published<ApprovalDenied>(m => m.RequestId == Id));
        Assert.Equal(new ApprovalDenied(Id, "CONTRAINDICATED", "QT prolongation", Reviewer, _decision.DecidedAt), denied);
        Assert.Empty(Workflow.Published<ApprovalGranted>(m => m.RequestId == Id));
    }

    [Fact]
    public void Should_add_the_denial_to_the_timeline()
    {
        var entry = Workflow.Timeline(Id)[^1];
        Assert.Equal((3, RequestStatus.Denied, _decision.DecidedAt, Reviewer, "QT prolongation"),
            (entry.Sequence, entry.Status, entry.At, entry.ActorId, entry.Reason));
        Assert.Equal(new DecisionRecord(DecisionOutcome.Deny, null, "CONTRAINDICATED", "QT prolongation", Reviewer, _decision.DecidedAt),
            entry.Decision);
    }

    [Fact]
    public void Should_close_the_saga_without_a_dose()
    {
        var saga = Saga;
        Assert.Equal(nameof(ApprovalStateMachine.Denied), saga.CurrentState);
        Assert.Null(saga.ApprovedDailyDoseMg);
        Assert.Equal((Reviewer, _decision.DecidedAt, _decision.DecidedAt), (saga.DecidedBy, saga.DecidedAt, saga.ClosedAt));
    }
}

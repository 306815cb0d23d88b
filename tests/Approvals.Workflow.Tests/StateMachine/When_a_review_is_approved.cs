using Approvals.Contracts;
using Approvals.Workflow.Tests.Harness;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.StateMachine;

public sealed class When_a_review_is_approved : Scenario
{
    ReviewDecided _decision = null!;

    protected override async Task Given()
    {
        Id = await Workflow.Submitted();
        _decision = Approval(Id);
        await Workflow.Publish(_decision, m => m.Approved);
    }

    [Fact]
    public void Should_grant_the_requested_dose()
    {
        var granted = Assert.Single(Workflow.Published<ApprovalGranted>(m => m.RequestId == Id));
        Assert.Equal((RequestedDose, false, Reviewer, _decision.DecidedAt),
            (granted.ApprovedDailyDoseMg, granted.Modified, granted.ReviewerId, granted.GrantedAt));
    }

    [Fact]
    public void Should_add_the_approval_to_the_timeline()
    {
        var entry = Workflow.Timeline(Id)[^1];
        Assert.Equal((3, RequestStatus.Approved, _decision.DecidedAt, Reviewer, "Meets the protocol"),
            (entry.Sequence, entry.Status, entry.At, entry.ActorId, entry.Reason));
        Assert.Equal(new DecisionRecord(DecisionOutcome.Approve, RequestedDose, null, "Meets the protocol", Reviewer, _decision.DecidedAt),
            entry.Decision);
    }

    [Fact]
    public void Should_record_the_decision_on_the_saga()
    {
        var saga = Saga;
        Assert.Equal(nameof(ApprovalStateMachine.Approved), saga.CurrentState);
        // An approval stays open: it lives on its validity window, which starts at the decision.
        Assert.Equal((RequestedDose, Reviewer, _decision.DecidedAt, null, 3),
            (saga.ApprovedDailyDoseMg, saga.DecidedBy, saga.DecidedAt, saga.ClosedAt, saga.TimelineSequence));
        Assert.Equal((_decision.DecidedAt, _decision.DecidedAt.AddDays(180), _decision.DecidedAt.AddDays(31), 0),
            (saga.ValidFrom, saga.ValidUntil, saga.NextFollowUpDue, saga.RenewalCycle));
        Assert.Empty(Workflow.Published<ApprovalDenied>(m => m.RequestId == Id));
    }
}

/// <summary>An approval that names no dose approves the dose that was requested.</summary>
public sealed class When_a_review_is_approved_without_naming_a_dose : Scenario
{
    protected override async Task Given()
    {
        Id = await Workflow.Submitted();
        await Workflow.Publish(Approval(Id) with { ApprovedDailyDoseMg = null }, m => m.Approved);
    }

    [Fact]
    public void Should_grant_the_requested_dose()
    {
        Assert.Equal(RequestedDose, Assert.Single(Workflow.Published<ApprovalGranted>(m => m.RequestId == Id)).ApprovedDailyDoseMg);
        Assert.Equal(RequestedDose, Workflow.Timeline(Id)[^1].Decision!.ApprovedDailyDoseMg);
        Assert.Equal(RequestedDose, Saga.ApprovedDailyDoseMg);
    }
}

public sealed class When_a_review_is_approved_at_a_lower_dose : Scenario
{
    protected override async Task Given()
    {
        Id = await Workflow.Submitted();
        await Workflow.Publish(ModifiedApproval(Id, 50m), m => m.Approved);
    }

    [Fact]
    public void Should_grant_the_lower_dose_as_modified()
    {
        var granted = Assert.Single(Workflow.Published<ApprovalGranted>(m => m.RequestId == Id));
        Assert.Equal((50m, true), (granted.ApprovedDailyDoseMg, granted.Modified));
    }

    [Fact]
    public void Should_add_the_modified_approval_to_the_timeline()
    {
        var entry = Workflow.Timeline(Id)[^1];
        Assert.Equal((3, RequestStatus.Approved, "Renal function"), (entry.Sequence, entry.Status, entry.Reason));
        Assert.Equal((DecisionOutcome.ApproveModified, 50m), (entry.Decision!.Outcome, entry.Decision.ApprovedDailyDoseMg));
    }

    [Fact]
    public void Should_record_the_lower_dose_on_the_saga()
    {
        Assert.Equal(nameof(ApprovalStateMachine.Approved), Saga.CurrentState);
        Assert.Equal(50m, Saga.ApprovedDailyDoseMg);
        Assert.Equal(RequestedDose, Saga.DailyDoseMg);
    }
}

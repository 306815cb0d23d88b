using Approvals.Contracts;
using Approvals.Workflow.Tests.Harness;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.StateMachine;

/// <summary>A renewal review round is a state of its own, while the request's status stays approved.</summary>
public sealed class When_a_renewal_is_under_review : Scenario
{
    protected override async Task Given()
    {
        Id = await Workflow.Submitted();
        await Workflow.Publish(Approval(Id), m => m.Approved);
        var at = Approval(Id).DecidedAt.AddHours(1);
        await Workflow.PublishIgnored(FollowUp(Id, at));
        await Workflow.PublishIgnored(Renewal(Id, at, at));
    }

    [Fact]
    public void Should_be_in_the_renewal_state_with_the_approval_still_shown()
    {
        Assert.Equal((nameof(ApprovalStateMachine.RenewalUnderReview), RenewalStatus.UnderReview), (Saga.CurrentState, Saga.RenewalStatus));
        Assert.Equal(RequestStatus.Approved, Workflow.Timeline(Id)[^1].Status);
    }

    [Fact]
    public async Task Should_leave_it_for_suspended_and_cancel_the_round()
    {
        await Workflow.Publish(Suspension(Id, Now), m => m.Suspended);

        Assert.Equal(RenewalStatus.Cancelled, Saga.RenewalStatus);
        Assert.Single(Workflow.Sent<CancelReview>(m => m.RequestId == Id && m.ReviewId == Saga.ReviewId));
    }

    [Fact]
    public async Task Should_refuse_a_second_renewal_aloud()
    {
        await Workflow.PublishIgnored(Renewal(Id, Now, Now));

        var refusal = Assert.Single(Workflow.Published<AttemptRefused>(m => m.RequestId == Id));
        Assert.Equal((RequestSteps.Renewal, 409), (refusal.Action, refusal.Status));
        Assert.Contains("already under review", refusal.Reason, StringComparison.Ordinal);
    }
}

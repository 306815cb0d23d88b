using Approvals.Contracts;
using Approvals.Messaging.Bus;
using Approvals.Workflow.Tests.Harness;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.StateMachine;

public sealed class When_information_is_requested : Scenario
{
    protected override async Task Given()
    {
        Id = await Workflow.Submitted();
        await Workflow.Publish(Questions(Id, "Recent ECG?", "eGFR?"), m => m.AwaitingInformation);
    }

    [Fact]
    public void Should_carry_the_questions_in_the_timeline()
    {
        var entry = Workflow.Timeline(Id)[^1];
        Assert.Equal((3, RequestStatus.AwaitingInformation, SubmittedAt.AddHours(1), Reviewer, "Information requested"),
            (entry.Sequence, entry.Status, entry.At, entry.ActorId, entry.Reason));
        Assert.Equal(["Recent ECG?", "eGFR?"], entry.Questions!);
        Assert.Null(entry.Decision);
    }

    [Fact]
    public void Should_wait_without_deciding()
    {
        Assert.Equal(nameof(ApprovalStateMachine.AwaitingInformation), Saga.CurrentState);
        Assert.Null(Saga.DecidedBy);
        Assert.Null(Saga.ClosedAt);
        Assert.Empty(Workflow.Sent<ResumeReview>(m => m.RequestId == Id));
    }
}

public sealed class When_information_is_provided : Scenario
{
    protected override async Task Given()
    {
        Id = await Workflow.Submitted();
        await Workflow.Publish(Questions(Id, "Recent ECG?"), m => m.AwaitingInformation);
        await Workflow.Publish(Answer(Id), m => m.UnderReview);
    }

    [Fact]
    public void Should_resume_the_review()
    {
        var (resume, destination) = Assert.Single(Workflow.Sent<ResumeReview>(m => m.RequestId == Id));
        Assert.Equal(ServiceAddresses.ReviewQueue, destination!.AbsolutePath.Trim('/'));
        // Asked an hour after the review opened, answered an hour later: due an hour later than the clock first said.
        Assert.Equal(new ResumeReview(Id, Saga.ReviewId, "ECG attached: QTc 410 ms", SubmittedAt.AddHours(2), Saga.ReviewOpenedAt + TimeSpan.FromDays(7) + TimeSpan.FromHours(1)),
            resume);
    }

    [Fact]
    public void Should_put_the_request_back_under_review()
    {
        var entry = Workflow.Timeline(Id)[^1];
        Assert.Equal((4, RequestStatus.UnderReview, SubmittedAt.AddHours(2), Prescriber, "Information provided"),
            (entry.Sequence, entry.Status, entry.At, entry.ActorId, entry.Reason));
        Assert.Equal(nameof(ApprovalStateMachine.UnderReview), Saga.CurrentState);
        Assert.Single(Workflow.Sent<OpenReview>(m => m.RequestId == Id));
    }

    [Fact]
    public async Task Should_accept_a_decision_afterwards()
    {
        await Workflow.Publish(Approval(Id), m => m.Approved);

        Assert.Equal([1, 2, 3, 4, 5], Workflow.Timeline(Id).Select(e => e.Sequence));
        Assert.Single(Workflow.Published<ApprovalGranted>(m => m.RequestId == Id));
    }
}

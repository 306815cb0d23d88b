using Approvals.Contracts;
using Approvals.Workflow.Tests.Harness;
using MassTransit;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.StateMachine;

/// <summary>
/// A dose in the protocol's collegial tier: the approval needs two specialists' opinions recommending it. The review
/// service records them (<see cref="OpinionRecorded"/>) and the saga's round holds them, so the decider weighs them.
/// </summary>
public sealed class When_a_collegial_review_is_decided : Scenario
{
    Guid _reviewId;

    protected override async Task Given()
    {
        Id = NewId.NextGuid();
        await Workflow.Publish(Submission(Id) with { Requirement = new ReviewRequirement(ReviewLevel.Collegial, 2) }, m => m.UnderReview);
        _reviewId = Saga.ReviewId;
    }

    OpinionRecorded Opinion(string specialistId, decimal supportedDose) =>
        new(Id, _reviewId, 1, NewId.NextGuid(), specialistId, $"Dr {specialistId}", OpinionRecommendation.Approve, supportedDose,
            "Benefit outweighs the risk", SubmittedAt.AddHours(2),
            new ElectronicSignature(specialistId, $"Dr {specialistId}", SubmittedAt.AddHours(2), SignatureMeaning.CollegialOpinion, "hash"));

    [Fact]
    public async Task Should_not_approve_before_the_opinions_are_in()
    {
        await Workflow.PublishIgnored(Approval(Id) with { ReviewId = _reviewId });

        Assert.Equal(nameof(ApprovalStateMachine.UnderReview), Saga.CurrentState);
        Assert.Empty(Workflow.Published<ApprovalGranted>(m => m.RequestId == Id));
    }

    [Fact]
    public async Task Should_approve_once_two_specialists_recommend_it()
    {
        await Workflow.PublishIgnored(Opinion("specialist-1", RequestedDose));
        await Workflow.PublishIgnored(Opinion("specialist-2", RequestedDose));

        await Workflow.Publish(Approval(Id) with { ReviewId = _reviewId }, m => m.Approved);

        Assert.Single(Workflow.Published<ApprovalGranted>(m => m.RequestId == Id));
    }

    [Fact]
    public async Task Should_hold_the_approval_to_the_dose_the_specialists_support()
    {
        await Workflow.PublishIgnored(Opinion("specialist-1", 80));
        await Workflow.PublishIgnored(Opinion("specialist-2", 90));

        await Workflow.PublishIgnored(Approval(Id) with { ReviewId = _reviewId });
        Assert.Equal(nameof(ApprovalStateMachine.UnderReview), Saga.CurrentState);

        await Workflow.Publish(ModifiedApproval(Id, 80) with { ReviewId = _reviewId }, m => m.Approved);
        Assert.Equal(80m, Saga.ApprovedDailyDoseMg);
    }

    [Fact]
    public async Task Should_not_count_the_opinion_of_the_reviewer_who_decides()
    {
        await Workflow.PublishIgnored(Opinion("specialist-1", RequestedDose));
        await Workflow.PublishIgnored(Opinion(Reviewer, RequestedDose));

        await Workflow.PublishIgnored(Approval(Id) with { ReviewId = _reviewId });

        Assert.Equal(nameof(ApprovalStateMachine.UnderReview), Saga.CurrentState);
    }
}

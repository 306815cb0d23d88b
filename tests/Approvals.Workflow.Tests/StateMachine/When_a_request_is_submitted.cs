using Approvals.Contracts;
using Approvals.Messaging.Bus;
using Approvals.Workflow.Tests.Harness;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.StateMachine;

public sealed class When_a_request_is_submitted : Scenario
{
    protected override async Task Given() => Id = await Workflow.Submitted();

    [Fact]
    public async Task Should_open_a_review()
    {
        Assert.NotNull(await Workflow.Saga.Exists(Id, m => m.UnderReview));

        var (open, destination) = Assert.Single(Workflow.Sent<OpenReview>(m => m.RequestId == Id));
        Assert.Equal(ServiceAddresses.ReviewQueue, destination!.AbsolutePath.Trim('/'));
        Assert.Equal(Saga.ReviewId, open.ReviewId);
        Assert.NotEqual(Guid.Empty, open.ReviewId);
        Assert.Equal(ReviewKind.Initial, open.Kind);
        Assert.Equal((Prescriber, "off-label-ketamine", 3, RequestedDose, Urgency.Standard),
            (open.PrescriberId, open.ProtocolId, open.ProtocolVersion, open.DailyDoseMg, open.Urgency));
        // Opened "now" by the saga's clock; due 7 days after submission, the regulatory clock's start.
        Assert.Equal(Now, open.OpenedAt);
        Assert.Equal(SubmittedAt.AddDays(7), open.DueAt);
    }

    [Fact]
    public async Task Should_send_the_case_as_submitted_with_the_review()
    {
        Assert.NotNull(await Workflow.Saga.Exists(Id, m => m.UnderReview));

        var (open, _) = Assert.Single(Workflow.Sent<OpenReview>(m => m.RequestId == Id));
        var submitted = Submission(Id);
        var content = Assert.IsType<CaseContent>(open.Case);
        Assert.Equal((submitted.Patient, submitted.Indication, submitted.Justification, submitted.PatientConsent),
            (content.Patient, content.Indication, content.Justification, content.PatientConsent));
        Assert.Equal(submitted.PriorTreatments, content.PriorTreatments);
        Assert.Equal((null, null), (open.RenewalNotes, open.LatestFollowUp));
    }

    [Fact]
    public void Should_publish_submitted_then_under_review()
    {
        Assert.Collection(Workflow.Timeline(Id),
            submitted =>
            {
                Assert.Equal((1, RequestStatus.Submitted, SubmittedAt, Prescriber),
                    (submitted.Sequence, submitted.Status, submitted.At, submitted.ActorId));
                Assert.Null(submitted.Decision);
            },
            underReview =>
            {
                Assert.Equal((2, RequestStatus.UnderReview, Now, ApprovalStateMachine.SystemActor, "Review opened"),
                    (underReview.Sequence, underReview.Status, underReview.At, underReview.ActorId, underReview.Reason));
            });
    }

    [Fact]
    public void Should_keep_the_request_on_the_saga()
    {
        var saga = Saga;
        Assert.Equal(nameof(ApprovalStateMachine.UnderReview), saga.CurrentState);
        Assert.Equal((Prescriber, "off-label-ketamine", 3, RequestedDose, Urgency.Standard, SubmittedAt),
            (saga.PrescriberId, saga.ProtocolId, saga.ProtocolVersion, saga.DailyDoseMg, saga.Urgency, saga.SubmittedAt));
        Assert.Equal(SubmittedAt.AddDays(7), saga.ReviewDueAt);
        Assert.Equal(2, saga.TimelineSequence);
        Assert.Null(saga.DecidedBy);
        Assert.Null(saga.ClosedAt);
    }
}

/// <summary>The due date follows the urgency's clock, from configuration when it is set.</summary>
public sealed class When_a_request_is_submitted_with_an_urgency
{
    [Theory]
    [InlineData(Urgency.Standard, null, null, 7 * 24)]
    [InlineData(Urgency.Expedited, null, null, 72)]
    [InlineData(Urgency.Standard, 240, 24, 240)]
    [InlineData(Urgency.Expedited, 240, 24, 24)]
    public async Task Should_set_the_due_date_from_that_urgencys_clock(Urgency urgency, int? standardHours, int? expeditedHours, int dueHours)
    {
        await using var workflow = await WorkflowHarness.Start(o =>
        {
            if (standardHours is { } standard)
                o.ReviewClocks.Standard = TimeSpan.FromHours(standard);
            if (expeditedHours is { } expedited)
                o.ReviewClocks.Expedited = TimeSpan.FromHours(expedited);
        });

        var id = await workflow.Submitted(urgency);

        var (open, _) = Assert.Single(workflow.Sent<OpenReview>(m => m.RequestId == id));
        Assert.Equal(urgency, open.Urgency);
        Assert.Equal(SubmittedAt.AddHours(dueHours), open.DueAt);
        Assert.Equal(SubmittedAt.AddHours(dueHours), workflow.Instance(id).ReviewDueAt);
    }
}

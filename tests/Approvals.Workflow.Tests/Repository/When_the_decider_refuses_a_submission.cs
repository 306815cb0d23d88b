using Approvals.Contracts;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.Repository;

/// <summary>
/// A submission the decider refuses opens no case: the refusal is published, and no saga row stays behind in its
/// initial state, so the id is unknown to the workflow as before the submission.
/// </summary>
public sealed class When_the_decider_refuses_a_submission
{
    [Fact]
    public async Task Should_leave_no_row_and_treat_later_messages_for_the_id_as_before()
    {
        // No message retry: a step for an id without a saga faults at once instead of after the retry intervals.
        await using var workflow = await SqliteWorkflow.Start(retry: false);
        var id = Guid.NewGuid();

        Assert.False(await workflow.PublishAndWait(Submission(id) with { DailyDoseMg = 0 }));

        Assert.Empty(await workflow.Rows(id));
        var refused = Assert.Single(workflow.Published<AttemptRefused>(m => m.RequestId == id));
        Assert.Equal((RequestSteps.Submission, Prescriber, 400), (refused.Action, refused.ActorId, refused.Status));
        Assert.Empty(workflow.Published<RequestStatusChanged>(m => m.RequestId == id));
        Assert.Empty(workflow.SentTo<OpenReview>(m => m.RequestId == id));

        // A decision for the id finds no saga, as for an id never submitted: it faults (retried, then the error queue).
        Assert.True(await workflow.PublishAndWait(Approval(id)));
        Assert.Empty(await workflow.Rows(id));

        // A valid submission under the id opens the case as any first submission does.
        Assert.False(await workflow.PublishAndWait(Submission(id)));
        Assert.Equal(new SagaRow("UnderReview", 1, 2), await workflow.Row(id));
        Assert.Single(workflow.SentTo<OpenReview>(m => m.RequestId == id));
    }
}

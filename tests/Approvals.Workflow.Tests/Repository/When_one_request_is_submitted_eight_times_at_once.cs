using Approvals.Contracts;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.Repository;

/// <summary>
/// Redeliveries and retried HTTP calls can hand the workflow the same submission several times at once: all of them
/// find no row and want to insert one. Exactly one may win; the others must see its row and be ignored. Within one
/// process the case's partition now hands them over one at a time; across processes (replicas) they still race, and the
/// repository's unique key settles it.
/// </summary>
public sealed class When_one_request_is_submitted_eight_times_at_once
{
    [Fact]
    public async Task Should_create_one_saga_and_open_one_review()
    {
        // Overlap is up to the thread pool: about half the rounds (~100 ms each) run the eight one after another, so it
        // gets up to twelve fresh rounds to overlap before the test calls itself unproven.
        var (workflow, id, faulted) = await SubmitEightTimes();
        for (var round = 1; round < 12 && workflow.Tracker.MaxInFlight <= 1; round++)
        {
            await workflow.DisposeAsync();
            (workflow, id, faulted) = await SubmitEightTimes();
        }

        await using var _ = workflow;
        Assert.Equal(0, faulted);
        Assert.True(workflow.Tracker.MaxInFlight > 1, "The submissions never overlapped; the test proved nothing.");
        var row = await workflow.Row(id);
        Assert.Equal(("UnderReview", 2), (row.CurrentState, row.TimelineSequence));
        var timeline = workflow.Published<RequestStatusChanged>(m => m.RequestId == id);
        Assert.Equal(1, Assert.Single(timeline, e => e.Status == RequestStatus.Submitted).Sequence);
        Assert.Equal([1, 2], timeline.Select(e => e.Sequence).Order());
        Assert.Single(workflow.SentTo<OpenReview>(m => m.RequestId == id));
    }

    static async Task<(SqliteWorkflow Workflow, Guid Id, int Faulted)> SubmitEightTimes()
    {
        var workflow = await SqliteWorkflow.Start();
        var id = Guid.NewGuid();
        var faulted = await workflow.PublishConcurrently(Enumerable.Range(0, 8).Select(_ => (object)Submission(id)));
        return (workflow, id, faulted);
    }
}

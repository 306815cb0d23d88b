using Approvals.Contracts;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.Repository;

/// <summary>
/// A reviewer approves while the prescriber withdraws. Whichever is saved first wins; the other finds a final state
/// and is refused aloud. Never both: one final state, one final timeline entry, one message to the outside, and one
/// refusal naming the loser. Within one process the case's partition takes them one at a time, so this checks the
/// arbitration by order of arrival; replicas racing for real rely on the row's concurrency token.
/// </summary>
public sealed class When_a_decision_and_a_withdrawal_race
{
    const int Requests = 5;

    [Fact]
    public async Task Should_end_in_exactly_one_final_state()
    {
        // Overlap is up to the thread pool, and a loaded machine sometimes runs the ten one after another: fresh rounds
        // until they overlap, before the test calls itself unproven.
        var (workflow, ids, faulted) = await Race();
        for (var round = 1; round < 12 && workflow.Tracker.MaxInFlight <= 1; round++)
        {
            await workflow.DisposeAsync();
            (workflow, ids, faulted) = await Race();
        }

        await using var _ = workflow;
        Assert.Equal(0, faulted);
        Assert.True(workflow.Tracker.MaxInFlight > 1, "The messages never overlapped; the test proved nothing.");
        foreach (var id in ids)
        {
            var row = await workflow.Row(id);
            Assert.Contains(row.CurrentState, new[] { "Approved", "Withdrawn" });
            Assert.Equal(3, row.TimelineSequence);

            var timeline = workflow.Published<RequestStatusChanged>(m => m.RequestId == id);
            Assert.Equal([1, 2, 3], timeline.Select(e => e.Sequence).Order());
            var final = Assert.Single(timeline, e => e.Status is RequestStatus.Approved or RequestStatus.Withdrawn);
            Assert.Equal(row.CurrentState, final.Status.ToString());

            var approved = row.CurrentState == "Approved";
            Assert.Equal(approved ? 1 : 0, workflow.Published<ApprovalGranted>(m => m.RequestId == id).Count);
            Assert.Equal(approved ? 0 : 1, workflow.SentTo<CancelReview>(m => m.RequestId == id).Count);
            var refusal = Assert.Single(workflow.Published<AttemptRefused>(m => m.RequestId == id));
            Assert.Equal(approved ? RequestSteps.Withdrawal : RequestSteps.Decision, refusal.Action);
        }
    }

    static async Task<(SqliteWorkflow Workflow, List<Guid> Ids, int Faulted)> Race()
    {
        var workflow = await SqliteWorkflow.Start();
        var ids = Enumerable.Range(0, Requests).Select(_ => Guid.NewGuid()).ToList();
        Assert.Equal(0, await workflow.PublishConcurrently(ids.Select(id => (object)Submission(id))));
        var faulted = await workflow.PublishConcurrently(ids.SelectMany(id => new object[] { Approval(id), Withdrawal(id) }));
        return (workflow, ids, faulted);
    }
}

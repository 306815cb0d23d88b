using Approvals.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.Repository;

/// <summary>
/// The Version concurrency token turns a lost race into DbUpdateConcurrencyException, and the endpoint's message
/// retry, outside the inbox/outbox, replays the message in a new transaction against the fresh row. Without the token
/// the stale write would simply win (the second spec would see no fault); without the retry the conflict is a fault.
/// </summary>
public sealed class When_the_row_changes_between_load_and_save
{
    [Fact]
    public async Task Should_retry_the_message_and_end_in_the_right_state()
    {
        var writer = new CompetingWriter("UnderReview", "Approved");
        await using var workflow = await SqliteWorkflow.Start(retry: true, interceptor: writer);
        var id = Guid.NewGuid();
        Assert.False(await workflow.PublishAndWait(Submission(id)));

        var approval = NewId.NextGuid();
        Assert.False(await workflow.PublishAndWait(Approval(id), approval), "The approval faulted although the retry should replay it.");

        // The retry wraps the outbox: the first attempt's whole transaction was rolled back (the competing version bump
        // too), the replay ran in a fresh one and won, and the message committed once.
        Assert.Equal(2, writer.Attempts);
        Assert.Equal(1, await workflow.InboxRows(approval));
        Assert.Equal(new SagaRow("Approved", 2, 3), await workflow.Row(id));
        Assert.NotNull(await workflow.Saga.Exists(id, m => m.Approved));
        // The outbox dropped what the failed attempt published: one approval, one timeline entry for it.
        Assert.Single(workflow.Published<ApprovalGranted>(m => m.RequestId == id));
        Assert.Equal([1, 2, 3], workflow.Published<RequestStatusChanged>(m => m.RequestId == id).Select(m => m.Sequence).Order());
        Assert.Empty(workflow.Published<Fault<ReviewDecided>>(f => f.Message.RequestId == id));
    }

    [Fact]
    public async Task Should_fault_with_a_concurrency_exception_without_the_retry()
    {
        var writer = new CompetingWriter("UnderReview", "Approved");
        await using var workflow = await SqliteWorkflow.Start(retry: false, interceptor: writer);
        var id = Guid.NewGuid();
        Assert.False(await workflow.PublishAndWait(Submission(id)));

        Assert.True(await workflow.PublishAndWait(Approval(id)), "The approval did not fault: the stale write went through.");

        Assert.Equal(1, writer.Attempts);
        var fault = Assert.Single(workflow.Published<Fault<ReviewDecided>>(f => f.Message.RequestId == id));
        Assert.Equal(typeof(DbUpdateConcurrencyException).FullName, Assert.Single(fault.Exceptions).ExceptionType);
        // Nothing of the failed attempt stuck: the row is as the submission left it, nothing went out.
        Assert.Equal(new SagaRow("UnderReview", 1, 2), await workflow.Row(id));
        Assert.Empty(workflow.Published<ApprovalGranted>(m => m.RequestId == id));
        Assert.Equal([1, 2], workflow.Published<RequestStatusChanged>(m => m.RequestId == id).Select(m => m.Sequence).Order());
    }
}

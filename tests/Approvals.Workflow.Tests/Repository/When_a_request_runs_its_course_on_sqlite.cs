using Approvals.Contracts;
using Approvals.Workflow.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.Repository;

public sealed class When_a_request_runs_its_course_on_sqlite
{
    [Fact]
    public async Task Should_persist_every_step_and_bump_the_version_on_every_save()
    {
        await using var workflow = await SqliteWorkflow.Start();
        var id = Guid.NewGuid();

        // Each step: no fault, the row in the expected state, one version and one timeline entry further.
        await Step(Submission(id), "UnderReview", version: 1, sequence: 2);
        await Step(Questions(id, "Recent ECG?"), "AwaitingInformation", version: 2, sequence: 3);
        await Step(Answer(id), "UnderReview", version: 3, sequence: 4);
        await Step(Approval(id), "Approved", version: 4, sequence: 5);

        // The saga harness reads through our repository's query side.
        Assert.NotNull(await workflow.Saga.Exists(id, m => m.Approved));
        Assert.Equal([1, 2, 3, 4, 5], workflow.Published<RequestStatusChanged>(m => m.RequestId == id).Select(m => m.Sequence).Order());

        // Every field survives the SQLite conversions (decimal as REAL, times as UTC ticks, urgency as text).
        var saga = await workflow.Load(id);
        var open = Assert.Single(workflow.SentTo<OpenReview>(m => m.RequestId == id));
        // The review clock stood still between the question and the answer: the due date moved by that much.
        var paused = Answer(id).ProvidedAt - Questions(id).RequestedAt;
        Assert.Equal((Prescriber, "off-label-ketamine", 3, RequestedDose, Urgency.Standard, SubmittedAt, open.ReviewId, open.DueAt + paused),
            (saga.PrescriberId, saga.ProtocolId, saga.ProtocolVersion, saga.DailyDoseMg, saga.Urgency, saga.SubmittedAt, saga.ReviewId, saga.ReviewDueAt));
        var decidedAt = Approval(id).DecidedAt;
        Assert.Equal((RequestedDose, Reviewer, decidedAt, null, decidedAt, decidedAt.AddDays(180)),
            (saga.ApprovedDailyDoseMg, saga.DecidedBy, saga.DecidedAt, saga.ClosedAt, saga.ValidFrom, saga.ValidUntil));

        async Task Step(object message, string state, int version, int sequence)
        {
            Assert.False(await workflow.PublishAndWait(message), $"{message.GetType().Name} faulted.");
            Assert.Equal(new SagaRow(state, version, sequence), await workflow.Row(id));
        }
    }

    [Fact]
    public async Task Should_guard_the_row_with_the_version_as_concurrency_token()
    {
        // The retry specs rely on this; checked on the model the migrations were built from.
        await using var workflow = await SqliteWorkflow.Start();
        await using var scope = workflow.Harness.Scope.ServiceProvider.CreateAsyncScope();
        var model = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Model;

        var version = model.FindEntityType(typeof(ApprovalState))!.FindProperty(nameof(ApprovalState.Version))!;
        Assert.True(version.IsConcurrencyToken);
        Assert.Equal("ApprovalSagas", model.FindEntityType(typeof(ApprovalState))!.GetTableName());
    }
}

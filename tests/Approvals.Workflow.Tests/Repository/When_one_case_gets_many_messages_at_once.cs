using Approvals.Contracts;
using MassTransit;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.Repository;

/// <summary>
/// Eight specialists' opinions on one collegial review arrive together, on an endpoint that runs eight messages at
/// once and with the message retry switched off. The workflow queue partitions by case, so the eight take their turn
/// before the outbox opens a transaction: one of them at a time holds a connection, and none of them faults. (On SQLite
/// the write lock would serialise their transactions anyway, with seven connections waiting on it; on SQL Server they
/// would lose optimistic-concurrency races to each other and go round the retry.)
/// </summary>
public sealed class When_one_case_gets_many_messages_at_once
{
    const int Specialists = 8;

    [Fact]
    public async Task Should_take_them_one_at_a_time_and_record_every_one()
    {
        var id = Guid.NewGuid();
        var overlap = new ConnectionOverlap();
        await using var workflow = await SqliteWorkflow.Start(retry: false, interceptor: overlap);
        Assert.False(await workflow.PublishAndWait(Submission(id) with { Requirement = new ReviewRequirement(ReviewLevel.Collegial, Specialists) }));
        var reviewId = (await workflow.Load(id)).ReviewId;
        overlap.Arm();

        var faulted = await workflow.PublishConcurrently(Enumerable.Range(1, Specialists).Select(n => (object)Opinion(id, reviewId, n)));

        Assert.True(workflow.Tracker.MaxInFlight > 1, "The opinions never were in flight together; the test proved nothing.");
        Assert.Equal(0, faulted);
        Assert.Equal(1, overlap.MaxOverlap);
        Assert.Equal(new SagaRow("UnderReview", 1 + Specialists, 2), await workflow.Row(id));
        var round = (await workflow.Load(id)).ReviewRound;
        Assert.All(Enumerable.Range(1, Specialists), n => Assert.Contains($"specialist-{n}", round));
    }

    static OpinionRecorded Opinion(Guid id, Guid reviewId, int specialist) =>
        new(id, reviewId, 1, NewId.NextGuid(), $"specialist-{specialist}", $"Dr {specialist}", OpinionRecommendation.Approve, RequestedDose,
            "Benefit outweighs the risk", SubmittedAt.AddHours(2),
            new ElectronicSignature($"specialist-{specialist}", $"Dr {specialist}", SubmittedAt.AddHours(2), SignatureMeaning.CollegialOpinion, "hash"));
}

using Approvals.Benchmarks.Saga;
using Approvals.Benchmarks.Measurement;

namespace Approvals.Benchmarks.Report;

/// <summary>The ratios docs/performance-model.md explains, from the medians; a ratio whose phases did not run is left out.</summary>
public static class Ratios
{
    /// <summary>Broker hops on a workflow's critical path: ApprovalRequested, OpenReview, ReviewDecided, RequestStatusChanged.</summary>
    public const int WorkflowHops = 4;

    /// <summary>
    /// Commits on that path, by design: submission, its bus-outbox claim, saga, review, decision, its claim, saga,
    /// intake (each consumer's second commit, the delivered mark, comes after its sends, off the path).
    /// </summary>
    public const int WorkflowCriticalCommits = 8;

    public static IEnumerable<(string Name, double Value, string Meaning)> From(IReadOnlyDictionary<string, PhaseSummary> phases)
    {
        PhaseSummary? Get(string id) => phases.GetValueOrDefault(id);
        var fsync = Get("P0 fsync");
        var sqlite = Get("P0 sqlite x1");
        var quorum = Get("P1 quorum");
        var classic = Get("P1 classic");
        var transport = Get("P2 MassTransit");
        var memory = Get("P3 saga+in-memory outbox");
        var inbox = Get("P4 saga+inbox/outbox");
        var endToEnd = Get("P5 end to end");

        if (sqlite is not null && fsync is not null)
            yield return ("P0 SQLite commits/s ÷ fsync/s", sqlite.Throughput / fsync.Throughput, "fsyncs a SQLite WAL/FULL commit costs, inverted");
        if (classic is not null && quorum is not null)
            yield return ("P1 classic ÷ P1 quorum", classic.Throughput / quorum.Throughput, "queue type (quorum replicates through its Raft log even on one node)");
        if (transport is not null && quorum is not null)
            yield return ("P2 ÷ P1 quorum", transport.Throughput / quorum.Throughput, "framework overhead: MassTransit's envelope, pipeline, retry filter");
        if (memory is not null && transport is not null)
            yield return ("P3 ÷ P2", memory.Throughput / transport.Throughput, "persistence overhead: saga load/save and its commit");
        if (inbox is not null && memory is not null)
        {
            yield return ("P4 ÷ P3", inbox.Throughput / memory.Throughput, "outbox cost");
            if (inbox.Commits is { } c4 && memory.Commits is { } c3 && c3 > 0)
                yield return ("P3 commits ÷ P4 commits", c3 / c4, "what the outbox cost would be if commits alone bound it");
        }

        foreach (var saga in new[] { memory, inbox }.OfType<PhaseSummary>())
        {
            var label = saga.Phase.Id[..2];
            if (saga.SqliteCommits is { } commits && sqlite is not null)
                yield return ($"{label} consumed msg/s × commits/msg ÷ P0 SQLite commits/s", ConsumedPerSecond(saga) * commits / sqlite.Throughput,
                    "efficiency versus the disk (1 = the disk binds)");
            if (saga.SqliteCommits is { } c && fsync is not null)
                yield return ($"{label} consumed msg/s × commits/msg ÷ P0 fsync/s", ConsumedPerSecond(saga) * c / fsync.Throughput, "the same against raw fsync");
        }

        if (endToEnd is not null && inbox is not null && endToEnd.Extra("messages consumed per workflow") is { } perWorkflow)
            yield return ("P5 workflows/s × messages/workflow ÷ P4 consumed msg/s", endToEnd.Throughput * perWorkflow / ConsumedPerSecond(inbox),
                "pipeline efficiency (HTTP, three services' consumers, polling, all on the same cores)");
        if (endToEnd is not null && quorum?.Extra(MessageDriver.SingleLatencyKey) is { } hop && sqlite is not null)
            yield return ($"P5 p50 ÷ ({WorkflowHops} × P1 hop p50 + {WorkflowCriticalCommits} × P0 commit p50)",
                endToEnd.P50Ms / (WorkflowHops * hop + WorkflowCriticalCommits * sqlite.P50Ms),
                "latency overhead over the physical floor (includes two poll intervals and four HTTP calls)");
    }

    /// <summary>
    /// P3 and P4 count submissions; commits/msg is divided by the messages each consumes
    /// (<see cref="SagaInvariants.ConsumedPerSubmission"/>).
    /// </summary>
    static double ConsumedPerSecond(PhaseSummary saga) =>
        saga.Throughput * SagaInvariants.ConsumedPerSubmission(((Phases.SagaPhase)saga.Phase).Outbox);
}

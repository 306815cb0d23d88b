using System.Collections.Concurrent;
using System.Diagnostics;
using Approvals.Benchmarks.Measurement;

namespace Approvals.Benchmarks.EndToEnd;

/// <summary>
/// Closed loop over the HTTP API: a prescriber keeps a fixed number of requests in flight; one reviewer polls the open
/// queue and approves what appears; each request is then polled until it reads "approved". A workflow's latency runs
/// from its submission to the first GET that sees it approved, so it includes up to two poll intervals.
/// </summary>
public sealed class WorkflowDriver(ApiClient prescriber, ApiClient reviewer, TimeSpan pollInterval, string justification)
{
    static readonly TimeSpan WorkflowTimeout = TimeSpan.FromSeconds(120);

    /// <summary>Request id → the review the poller found for it.</summary>
    readonly ConcurrentDictionary<Guid, TaskCompletionSource<Guid>> _reviews = new();

    public async Task<WorkflowSummary> Run(int count, int concurrency, CancellationToken cancellationToken)
    {
        using var stopPolling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var poller = PollReviews(stopPolling.Token);
        using var slots = new SemaphoreSlim(concurrency, concurrency);
        var workflows = new List<Task<WorkflowTiming>>(count);
        for (var i = 0; i < count; i++)
        {
            await slots.WaitAsync(cancellationToken);
            workflows.Add(RunOne(slots, cancellationToken));
        }

        var timings = await Task.WhenAll(workflows);
        await stopPolling.CancelAsync();
        await poller;
        return WorkflowSummary.From(timings);
    }

    async Task<WorkflowTiming> RunOne(SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        var submitted = Stopwatch.GetTimestamp();
        try
        {
            var requestId = await prescriber.Submit(SingleReviewRequest.Body(justification), cancellationToken);
            var accepted = Stopwatch.GetTimestamp();
            var reviewId = await _reviews.GetOrAdd(requestId, _ => NewSignal()).Task.WaitAsync(WorkflowTimeout, cancellationToken);
            var reviewSeen = Stopwatch.GetTimestamp();
            await reviewer.Approve(reviewId, cancellationToken);
            var decided = Stopwatch.GetTimestamp();
            _reviews.TryRemove(requestId, out _);

            var deadline = decided + (long)(WorkflowTimeout.TotalSeconds * Stopwatch.Frequency);
            while (await prescriber.Status(requestId, cancellationToken) != "approved")
            {
                if (Stopwatch.GetTimestamp() > deadline)
                    throw new TimeoutException($"request {requestId} never read 'approved'");
                await Task.Delay(pollInterval, cancellationToken);
            }

            return new WorkflowTiming(submitted, accepted, reviewSeen, decided, Stopwatch.GetTimestamp(), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new WorkflowTiming(submitted, 0, 0, 0, 0, $"{exception.GetType().Name}: {exception.Message}");
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>The reviewer's side: the open queue, read every poll interval; each review found wakes its workflow.</summary>
    async Task PollReviews(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                foreach (var (reviewId, requestId) in await reviewer.OpenReviews(cancellationToken))
                    _reviews.GetOrAdd(requestId, _ => NewSignal()).TrySetResult(reviewId);
                await Task.Delay(pollInterval, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (HttpRequestException)
            {
                // A failed read of the queue is retried on the next tick; a workflow that never gets its review times out.
                await Task.Delay(pollInterval, CancellationToken.None);
            }
        }
    }

    static TaskCompletionSource<Guid> NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>Stopwatch timestamps of one workflow's steps; <see cref="Failure"/> set when it did not finish.</summary>
public sealed record WorkflowTiming(long Submitted, long Accepted, long ReviewSeen, long Decided, long Approved, string? Failure);

public sealed record WorkflowSummary(int Completed, int Failed, double Seconds, double P50Ms, double P99Ms,
    IReadOnlyDictionary<string, double> StageP50Ms, IReadOnlyList<string> Failures)
{
    public static WorkflowSummary From(IReadOnlyList<WorkflowTiming> timings)
    {
        var done = timings.Where(t => t.Failure is null).ToList();
        static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;
        var latencies = done.Select(t => Ms(t.Submitted, t.Approved)).ToList();
        var seconds = done.Count == 0 ? 0 : Stopwatch.GetElapsedTime(timings.Min(t => t.Submitted), done.Max(t => t.Approved)).TotalSeconds;
        var stages = new Dictionary<string, double>
        {
            ["submit (HTTP 202) p50 ms"] = Percentiles.Of([.. done.Select(t => Ms(t.Submitted, t.Accepted))], 50),
            ["202 → review listed p50 ms"] = Percentiles.Of([.. done.Select(t => Ms(t.Accepted, t.ReviewSeen))], 50),
            ["decision (HTTP 200) p50 ms"] = Percentiles.Of([.. done.Select(t => Ms(t.ReviewSeen, t.Decided))], 50),
            ["decision → reads approved p50 ms"] = Percentiles.Of([.. done.Select(t => Ms(t.Decided, t.Approved))], 50),
        };
        return new WorkflowSummary(done.Count, timings.Count - done.Count, seconds, Percentiles.Of(latencies, 50),
            Percentiles.Of(latencies, 99), stages, [.. timings.Select(t => t.Failure).OfType<string>().Distinct().Take(3)]);
    }
}

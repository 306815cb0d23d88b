using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Approvals.Benchmarks.EndToEnd;

namespace Approvals.Benchmarks.Lifecycles;

/// <summary>
/// Full lifecycles over the public HTTP API for a warm-up and then a measured window. Prescribers submit (closed loop:
/// each starts the next when the last one is read approved; open loop: submissions due at a fixed rate, spread over the
/// prescribers); reviewers poll the first page of the open queue and approve what is theirs; once approved, the
/// prescriber polls the request until it reads <c>approved</c>. A prescriber starts polling at the decision rather than
/// at submission: the driver knows when that was, and earlier reads would only load the server with answers known to
/// be "under review".
/// </summary>
public sealed class LifecycleDriver(
    IReadOnlyList<ApiClient> prescribers, IReadOnlyList<ApiClient> reviewers, LifecycleLoad load, string justification)
{
    /// <summary>The most a reviewer's screen lists at once (the API's page limit).</summary>
    const int QueuePage = 200;

    /// <summary>A step that takes longer has failed: the run reports it rather than waiting on it.</summary>
    static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(120);

    /// <summary>Request id → its lifecycle, from the submission's answer until a reviewer takes it.</summary>
    readonly ConcurrentDictionary<Guid, Lifecycle> _awaitingDecision = new();
    readonly ConcurrentQueue<Lifecycle> _all = new();
    readonly ConcurrentDictionary<string, int> _queueErrors = new();
    readonly ConcurrentQueue<string> _failureSamples = new();
    int _assigned;
    int _inFlight;
    int _completed;
    int _failed;
    int _accepted;

    public async Task<LifecycleRun> Run(ILifecycleObserver observer, CancellationToken cancellationToken)
    {
        var origin = Stopwatch.GetTimestamp();
        var windowStart = origin + Ticks(load.Warmup);
        var windowEnd = windowStart + Ticks(load.Duration);

        using var stopBackground = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reviewing = reviewers.Select((reviewer, index) => Review(reviewer, index, stopBackground.Token)).ToList();
        var clock = Clock(observer, origin, windowStart, windowEnd, stopBackground.Token);

        if (load.Rate > 0)
            await OpenLoop(origin, windowEnd, cancellationToken);
        else
            await Task.WhenAll(prescribers.Select(p => ClosedLoop(p, windowEnd, cancellationToken)));

        await stopBackground.CancelAsync();
        await Task.WhenAll([.. reviewing, clock]);
        return new LifecycleRun(
            LifecycleStats.From([.. _all], windowStart, windowEnd),
            new Dictionary<string, int>(_queueErrors),
            _accepted,
            reviewers.Sum(r => r.Reauthentications),
            [.. _failureSamples.Take(3)]);
    }

    static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    async Task ClosedLoop(ApiClient prescriber, long windowEnd, CancellationToken cancellationToken)
    {
        while (Stopwatch.GetTimestamp() < windowEnd && !cancellationToken.IsCancellationRequested)
            await RunOne(prescriber, Stopwatch.GetTimestamp(), cancellationToken);
    }

    /// <summary>Submissions due every 1/rate seconds whatever the server's pace, so its queueing shows in the latencies.</summary>
    async Task OpenLoop(long origin, long windowEnd, CancellationToken cancellationToken)
    {
        var running = new List<Task>();
        for (var i = 0; ; i++)
        {
            var due = origin + (long)(i / load.Rate * Stopwatch.Frequency);
            if (due >= windowEnd)
                break;
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1))
                await Task.Delay(wait, cancellationToken);
            running.Add(RunOne(prescribers[i % prescribers.Count], due, cancellationToken));
        }

        await Task.WhenAll(running);
    }

    async Task RunOne(ApiClient prescriber, long started, CancellationToken cancellationToken)
    {
        var lifecycle = new Lifecycle(started, (int)((uint)Interlocked.Increment(ref _assigned) % (uint)reviewers.Count));
        _all.Enqueue(lifecycle);
        Interlocked.Increment(ref _inFlight);
        var step = "submit";
        try
        {
            var requestId = await prescriber.Submit(SingleReviewRequest.Body(justification), cancellationToken);
            lifecycle.Accepted = Stopwatch.GetTimestamp();
            Interlocked.Increment(ref _accepted);

            step = "listing and decision";
            _awaitingDecision[requestId] = lifecycle;
            try
            {
                await lifecycle.Decision.Task.WaitAsync(StepTimeout, cancellationToken);
            }
            finally
            {
                _awaitingDecision.TryRemove(requestId, out _);
            }

            if (lifecycle.Failure is not null)
            {
                Failed(lifecycle.Failure, null);
                return;
            }

            step = "read";
            var deadline = lifecycle.Decided + Ticks(StepTimeout);
            string status;
            while ((status = await prescriber.Status(requestId, cancellationToken)) != "approved")
            {
                if (Stopwatch.GetTimestamp() > deadline)
                    throw new TimeoutException($"request {requestId} still read '{status}'");
                await Task.Delay(load.PollInterval, cancellationToken);
            }

            lifecycle.ReadApproved = Stopwatch.GetTimestamp();
            Interlocked.Increment(ref _completed);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            lifecycle.Failure = Describe(step, exception);
            Failed(lifecycle.Failure, exception);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    void Failed(string failure, Exception? exception)
    {
        Interlocked.Increment(ref _failed);
        if (_failureSamples.Count < 3)
            _failureSamples.Enqueue(exception is null ? failure : $"{failure}: {exception.Message}");
    }

    /// <summary>
    /// One reviewer: reads the first page of the open queue, notes when each request first appeared there, and approves
    /// the ones assigned to it, one at a time, as a person would. Polls again at once after deciding, after the poll
    /// interval when there was nothing of theirs.
    /// </summary>
    async Task Review(ApiClient reviewer, int index, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var page = await reviewer.OpenReviewsFirstPage(QueuePage, cancellationToken);
                var seen = Stopwatch.GetTimestamp();
                var decided = 0;
                foreach (var (reviewId, requestId) in page)
                {
                    if (!_awaitingDecision.TryGetValue(requestId, out var lifecycle))
                        continue;
                    lifecycle.MarkListed(seen);
                    if (lifecycle.Reviewer != index || !_awaitingDecision.TryRemove(requestId, out _))
                        continue;
                    decided++;
                    await Decide(reviewer, reviewId, lifecycle, cancellationToken);
                }

                if (decided == 0)
                    await Task.Delay(load.PollInterval, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // A failed read of the queue is tried again on the next poll; its requests wait for it.
                _queueErrors.AddOrUpdate(Describe("queue", exception), 1, (_, n) => n + 1);
                await Task.Delay(load.PollInterval, CancellationToken.None);
            }
        }
    }

    static async Task Decide(ApiClient reviewer, Guid reviewId, Lifecycle lifecycle, CancellationToken cancellationToken)
    {
        try
        {
            await reviewer.Approve(reviewId, cancellationToken);
            lifecycle.Decided = Stopwatch.GetTimestamp();
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            lifecycle.Failure = Describe("decision", exception);
        }
        finally
        {
            lifecycle.Decision.TrySetResult();
        }
    }

    /// <summary>Once a second: where the run is, for the progress line; and the window's edges, on time.</summary>
    async Task Clock(ILifecycleObserver observer, long origin, long windowStart, long windowEnd, CancellationToken cancellationToken)
    {
        var opened = false;
        var closed = false;
        var nextTick = origin + Stopwatch.Frequency;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var next = Math.Min(nextTick, !opened ? windowStart : !closed ? windowEnd : long.MaxValue);
                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), next);
                if (wait > TimeSpan.Zero)
                    await Task.Delay(wait, cancellationToken);
                var now = Stopwatch.GetTimestamp();
                if (!opened && now >= windowStart)
                {
                    opened = true;
                    observer.WindowOpened();
                }

                if (!closed && now >= windowEnd)
                {
                    closed = true;
                    observer.WindowClosed();
                }

                if (now >= nextTick)
                {
                    nextTick += Stopwatch.Frequency;
                    var stage = !opened ? LifecycleStage.WarmUp : !closed ? LifecycleStage.Measuring : LifecycleStage.Draining;
                    var into = Stopwatch.GetElapsedTime(stage == LifecycleStage.Measuring ? windowStart : stage == LifecycleStage.Draining ? windowEnd : origin, now);
                    observer.Tick(new LifecycleProgress(stage, into, Volatile.Read(ref _completed), Volatile.Read(ref _inFlight),
                        Volatile.Read(ref _failed) + _queueErrors.Values.Sum()));
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }

        // A run cut short still closes its window, so the observer's meters stop.
        if (opened && !closed)
            observer.WindowClosed();
    }

    /// <summary>"step status", the key errors are counted by: "decision 409", "submit 429", "read timeout".</summary>
    static string Describe(string step, Exception exception) => exception switch
    {
        HttpRequestException { StatusCode: HttpStatusCode status } => $"{step} {(int)status}",
        HttpRequestException => $"{step} no answer",
        TimeoutException => $"{step} timeout",
        TaskCanceledException => $"{step} HTTP timeout",
        _ => $"{step} {exception.GetType().Name}",
    };
}

/// <summary>How the driver loads the server.</summary>
public sealed record LifecycleLoad(TimeSpan Warmup, TimeSpan Duration, double Rate, TimeSpan PollInterval);

public enum LifecycleStage { WarmUp, Measuring, Draining }

/// <param name="Into">Time since the stage began.</param>
/// <param name="Errors">Failed lifecycles and failed queue reads so far.</param>
public sealed record LifecycleProgress(LifecycleStage Stage, TimeSpan Into, int Completed, int InFlight, int Errors);

/// <summary>Told when the measured window opens and closes (so it can start and stop its meters), and once a second.</summary>
public interface ILifecycleObserver
{
    void WindowOpened();
    void WindowClosed();
    void Tick(LifecycleProgress progress);
}

/// <param name="Accepted">Submissions answered 202 over the whole run, warm-up and drain included: what the server holds.</param>
/// <param name="Reauthentications">Decisions refused for want of a recent sign-in and signed again after one.</param>
public sealed record LifecycleRun(LifecycleStats Stats, IReadOnlyDictionary<string, int> QueueErrors, int Accepted,
    int Reauthentications, IReadOnlyList<string> FailureSamples);

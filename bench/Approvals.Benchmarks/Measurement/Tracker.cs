using System.Collections.Concurrent;
using System.Diagnostics;

namespace Approvals.Benchmarks.Measurement;

/// <summary>
/// Follows one batch of messages from send to completion: bounds how many are in flight, times each one, and counts
/// what never arrived, what arrived twice and what nobody sent. Thread-safe: completions come from consumer threads.
/// </summary>
public sealed class Tracker : IDisposable
{
    readonly Dictionary<Guid, int> _index;
    readonly long[] _sentAt;
    readonly long[] _doneAt;
    readonly int[] _arrivals;
    readonly SemaphoreSlim _window;
    readonly double _rate;
    readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    readonly ConcurrentQueue<string> _failures = new();
    long _origin;
    int _completed;
    int _duplicates;
    int _unknown;
    int _failedSends;

    /// <param name="ids">One id per message, in send order.</param>
    /// <param name="window">Messages sent and not yet completed, at most.</param>
    /// <param name="rate">Open loop at this many messages per second; 0 sends as fast as the window allows.</param>
    public Tracker(IReadOnlyList<Guid> ids, int window, double rate = 0)
    {
        Ids = ids;
        _index = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        _sentAt = new long[ids.Count];
        _doneAt = new long[ids.Count];
        _arrivals = new int[ids.Count];
        _window = new SemaphoreSlim(window, window);
        _rate = rate;
        if (ids.Count == 0)
            _all.SetResult();
    }

    public IReadOnlyList<Guid> Ids { get; }

    /// <summary>
    /// Waits for the message's turn and a free slot in the window. In open loop the latency runs from the scheduled
    /// time, not the actual one, so a stalled system cannot hide its own queueing (coordinated omission).
    /// </summary>
    public async ValueTask BeforeSend(int i, CancellationToken cancellationToken)
    {
        if (i == 0)
            _origin = Stopwatch.GetTimestamp();
        if (_rate > 0)
        {
            var due = _origin + (long)(i / _rate * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1))
                await Task.Delay(wait, cancellationToken);
            _sentAt[i] = due;
            await _window.WaitAsync(cancellationToken);
            return;
        }

        await _window.WaitAsync(cancellationToken);
        _sentAt[i] = Stopwatch.GetTimestamp();
    }

    /// <summary>The broker refused or never confirmed a send: that message is lost.</summary>
    public void SendFailed(int i, Exception exception)
    {
        _failures.Enqueue($"send {i} failed: {exception.GetType().Name}: {exception.Message}");
        Interlocked.Increment(ref _failedSends);
        _window.Release();
        CheckDone();
    }

    public void Completed(Guid id)
    {
        var now = Stopwatch.GetTimestamp();
        if (!_index.TryGetValue(id, out var i))
        {
            Interlocked.Increment(ref _unknown);
            return;
        }

        if (Interlocked.Increment(ref _arrivals[i]) > 1)
        {
            Interlocked.Increment(ref _duplicates);
            return;
        }

        _doneAt[i] = now;
        Interlocked.Increment(ref _completed);
        _window.Release();
        CheckDone();
    }

    /// <summary>True when every message completed (or failed to send) within <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitAll(TimeSpan timeout, CancellationToken cancellationToken)
    {
        await Task.WhenAny(_all.Task, Task.Delay(timeout, cancellationToken));
        return _all.Task.IsCompleted;
    }

    public TrackerSummary Summarize()
    {
        var latencies = new List<double>(Ids.Count);
        long first = long.MaxValue, last = 0;
        for (var i = 0; i < Ids.Count; i++)
        {
            if (_sentAt[i] != 0)
                first = Math.Min(first, _sentAt[i]);
            if (_doneAt[i] == 0)
                continue;
            last = Math.Max(last, _doneAt[i]);
            latencies.Add(Stopwatch.GetElapsedTime(_sentAt[i], _doneAt[i]).TotalMilliseconds);
        }

        var violations = new List<string>();
        if (_completed < Ids.Count)
            violations.Add($"lost: {Ids.Count - _completed} of {Ids.Count} never completed");
        if (_duplicates > 0)
            violations.Add($"duplicates: {_duplicates}");
        if (_unknown > 0)
            violations.Add($"unknown messages: {_unknown}");
        violations.AddRange(_failures.Take(3));

        var seconds = last > first ? Stopwatch.GetElapsedTime(first, last).TotalSeconds : 0;
        return new TrackerSummary(_completed, seconds, Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 99), violations);
    }

    public void Dispose() => _window.Dispose();

    void CheckDone()
    {
        if (Volatile.Read(ref _completed) + Volatile.Read(ref _failedSends) >= Ids.Count)
            _all.TrySetResult();
    }
}

public sealed record TrackerSummary(int Completed, double Seconds, double P50Ms, double P99Ms, IReadOnlyList<string> Violations);

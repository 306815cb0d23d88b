using System.Diagnostics;

namespace Approvals.Benchmarks.Lifecycles;

/// <summary>
/// One request from submission to the prescriber reading the outcome: Stopwatch timestamps of each step (0 = not
/// reached). Written by its prescriber and, for <see cref="Listed"/> and <see cref="Decided"/>, by the reviewers.
/// </summary>
public sealed class Lifecycle(long started, int reviewer)
{
    long _listed;

    /// <summary>When the submission was sent; in open loop, when it was due (so a stalled server cannot hide its queue).</summary>
    public long Started { get; } = started;

    /// <summary>Which reviewer decides it: the reviewers split the queue instead of racing for the same review.</summary>
    public int Reviewer { get; } = reviewer;

    public long Accepted { get; set; }

    /// <summary>The first poll of any reviewer's queue that showed it.</summary>
    public long Listed => Volatile.Read(ref _listed);

    public long Decided { get; set; }

    /// <summary>The first read of the request that showed it approved.</summary>
    public long ReadApproved { get; set; }

    /// <summary>"step status" of what ended it early, e.g. "decision 409"; null while it runs or once it completed.</summary>
    public string? Failure { get; set; }

    /// <summary>Completed when its reviewer has decided (or failed to).</summary>
    public TaskCompletionSource Decision { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Completed => ReadApproved != 0;

    public void MarkListed(long at) => Interlocked.CompareExchange(ref _listed, at, 0);

    public static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;
}

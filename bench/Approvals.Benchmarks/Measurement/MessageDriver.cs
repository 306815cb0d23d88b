using Approvals.Contracts;

namespace Approvals.Benchmarks.Measurement;

/// <summary>
/// Sends batches of <see cref="ApprovalRequested"/> through a phase's <c>send</c> and routes the phase's completion
/// signals to the batch being measured. A warm-up batch runs first with the same path, unmeasured.
/// </summary>
public sealed class MessageDriver(BenchContext context)
{
    /// <summary>Messages sent one at a time after the measured batch: latency without queueing.</summary>
    public const int SingleSamples = 100;

    public const string SingleLatencyKey = "one message at a time, p50 ms";

    /// <summary>Time for late duplicates to show before a batch is judged.</summary>
    static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(300);

    Tracker? _current;

    /// <summary>Called by the phase's consumer (any thread) when the message with this request id has completed.</summary>
    public void Completed(Guid requestId) => Volatile.Read(ref _current)?.Completed(requestId);

    /// <param name="window">Overrides the configured window, closed loop: 1 times single messages without queueing.</param>
    public async Task<(TrackerSummary Summary, CpuUsage? Cpu)> Drive(IReadOnlyList<ApprovalRequested> messages,
        Func<ApprovalRequested, int, Task> send, Func<CpuMeter>? startCpu, CancellationToken cancellationToken, int? window = null)
    {
        using var tracker = new Tracker([.. messages.Select(m => m.RequestId)], window ?? context.Options.Window,
            window is null ? context.Options.Rate : 0);
        Volatile.Write(ref _current, tracker);
        try
        {
            return await DriveWith(tracker, messages, send, startCpu, cancellationToken);
        }
        finally
        {
            Volatile.Write(ref _current, null);
        }
    }

    static async Task<(TrackerSummary Summary, CpuUsage? Cpu)> DriveWith(Tracker tracker, IReadOnlyList<ApprovalRequested> messages,
        Func<ApprovalRequested, int, Task> send, Func<CpuMeter>? startCpu, CancellationToken cancellationToken)
    {
        var sends = new List<Task>(messages.Count);
        var cpu = startCpu?.Invoke();
        for (var i = 0; i < messages.Count; i++)
        {
            await tracker.BeforeSend(i, cancellationToken);
            sends.Add(Observe(send, messages[i], i, tracker));
        }

        var timeout = BenchContext.CompletionTimeout(messages.Count);
        await tracker.WaitAll(timeout, cancellationToken);
        var usage = cpu?.Stop();
        // A send never confirmed must not hang the run: its message already counts as not completed.
        await Task.WhenAny(Task.WhenAll(sends), Task.Delay(timeout, cancellationToken));
        await Task.Delay(Grace, cancellationToken);
        return (tracker.Summarize(), usage);
    }

    /// <summary>Sends <see cref="SingleSamples"/> messages with a window of 1 and records their median latency.</summary>
    public async Task MeasureSingles(Func<ApprovalRequested, int, Task> send, PhaseResult result, CancellationToken cancellationToken)
    {
        var (summary, _) = await Drive(context.Payloads.Batch(SingleSamples), send, null, cancellationToken, window: 1);
        result.Extra[SingleLatencyKey] = summary.P50Ms;
        result.Violations.AddRange(summary.Violations.Select(v => "one at a time: " + v));
    }

    /// <summary>A send that throws or is not confirmed counts its message as lost, never silently.</summary>
    static async Task Observe(Func<ApprovalRequested, int, Task> send, ApprovalRequested message, int i, Tracker tracker)
    {
        try
        {
            await send(message, i);
        }
        catch (Exception exception)
        {
            tracker.SendFailed(i, exception);
        }
    }
}

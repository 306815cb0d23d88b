using System.Collections.Concurrent;
using MassTransit;

namespace Approvals.Workflow.Tests.Harness;

/// <summary>
/// Completes when a message (by message id) has left the receive pipeline: consumed, saga saved, outbox delivered,
/// retries done. The harness's own <c>Any</c> waits only until the bus is idle, and once idle it stops waiting, so it
/// cannot tell "not yet consumed" from "never consumed"; this can.
/// </summary>
public sealed class MessageTracker : IReceiveObserver
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    readonly ConcurrentDictionary<Guid, TaskCompletionSource<bool>> _processed = new();

    /// <summary>Waits until the message was processed; true when it faulted (after all retries).</summary>
    public Task<bool> Processed(Guid messageId) => Entry(messageId).Task.WaitAsync(Timeout);

    /// <summary>The same for a message id seen before: waits for its next processing, not the one already done.</summary>
    public Task<bool> ProcessedAgain(Guid messageId)
    {
        _processed.TryRemove(messageId, out _);
        return Processed(messageId);
    }

    TaskCompletionSource<bool> Entry(Guid messageId) =>
        _processed.GetOrAdd(messageId, _ => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));

    int _inFlight;
    int _maxInFlight;

    /// <summary>The most messages that were in the receive pipeline at once: proof that a "concurrent" test overlapped.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    int _received;

    /// <summary>Messages received so far and still in the pipeline: together they tell when the bus has gone quiet.</summary>
    public (int Received, int InFlight) Activity => (Volatile.Read(ref _received), Volatile.Read(ref _inFlight));

    public async Task PreReceive(ReceiveContext context)
    {
        // Microsoft.Data.Sqlite's async calls complete synchronously, so without a real await a message would run to
        // its end before the in-memory transport's dispatch loop got the thread back to start the next one: nothing
        // would ever overlap. Yielding here lets the transport dispatch concurrently, as a broker's deliveries do.
        await Task.Yield();
        Interlocked.Increment(ref _received);
        var inFlight = Interlocked.Increment(ref _inFlight);
        for (var max = Volatile.Read(ref _maxInFlight); inFlight > max; max = Volatile.Read(ref _maxInFlight))
            Interlocked.CompareExchange(ref _maxInFlight, inFlight, max);
    }

    public Task PostReceive(ReceiveContext context)
    {
        Interlocked.Decrement(ref _inFlight);
        // A fault moved to the error queue counts as received, but the context remembers it faulted.
        if (context.GetMessageId() is { } id)
            Entry(id).TrySetResult(context.IsFaulted);
        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
        where T : class => Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception)
    {
        Interlocked.Decrement(ref _inFlight);
        if (context.GetMessageId() is { } id)
            Entry(id).TrySetResult(true);
        return Task.CompletedTask;
    }
}

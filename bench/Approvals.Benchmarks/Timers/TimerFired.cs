using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;

namespace Approvals.Benchmarks.Timers;

/// <summary>What each of P8's timers sends when it fires; it names its own timer so a wrong MessageId shows.</summary>
public sealed record TimerFired(Guid TimerId);

/// <summary>
/// What reached P8's destination queue, by MessageId: how often each arrived, when the first copy arrived, and whether
/// any came with a MessageId other than its timer's token (the dispatcher promises the token, so the inbox can dedupe).
/// </summary>
public sealed class TimerTally
{
    readonly ConcurrentDictionary<Guid, long> _firstArrival = new();
    long _duplicates;
    long _wrongIds;
    long _received;

    public long Started { get; set; } = Stopwatch.GetTimestamp();

    /// <summary>Distinct timers received.</summary>
    public int Distinct => _firstArrival.Count;
    public long Received => Interlocked.Read(ref _received);
    public long Duplicates => Interlocked.Read(ref _duplicates);
    public long WrongIds => Interlocked.Read(ref _wrongIds);

    public void Arrived(Guid? messageId, Guid timerId)
    {
        Interlocked.Increment(ref _received);
        if (messageId != timerId)
            Interlocked.Increment(ref _wrongIds);
        if (!_firstArrival.TryAdd(timerId, Stopwatch.GetTimestamp()))
            Interlocked.Increment(ref _duplicates);
    }

    public bool Has(Guid timerId) => _firstArrival.ContainsKey(timerId);

    public IEnumerable<Guid> Ids => _firstArrival.Keys;

    /// <summary>Milliseconds from the start of the run to each timer's first arrival.</summary>
    public List<double> ArrivalMs() =>
        [.. _firstArrival.Values.Select(t => Stopwatch.GetElapsedTime(Started, t).TotalMilliseconds)];
}

/// <summary>P8's consumer at the timers' destination: counts, nothing else, so what is measured is the firing.</summary>
public sealed class TimerFiredConsumer(TimerTally tally) : IConsumer<TimerFired>
{
    public Task Consume(ConsumeContext<TimerFired> context)
    {
        tally.Arrived(context.MessageId, context.Message.TimerId);
        return Task.CompletedTask;
    }
}

/// <summary>Sends the transport confirmed (in memory: the message is in its queue), and sends that failed.</summary>
public sealed class TimerSendCounter : ISendObserver
{
    long _sent;
    long _faulted;

    public long Sent => Interlocked.Read(ref _sent);
    public long Faulted => Interlocked.Read(ref _faulted);

    public Task PreSend<T>(SendContext<T> context) where T : class => Task.CompletedTask;

    public Task PostSend<T>(SendContext<T> context) where T : class
    {
        Interlocked.Increment(ref _sent);
        return Task.CompletedTask;
    }

    public Task SendFault<T>(SendContext<T> context, Exception exception) where T : class
    {
        Interlocked.Increment(ref _faulted);
        return Task.CompletedTask;
    }
}

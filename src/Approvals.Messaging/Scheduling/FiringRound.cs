using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Approvals.Messaging.Diagnostics;

namespace Approvals.Messaging.Scheduling;

/// <summary>
/// Sends one claimed batch, up to a given number at once, in due order. It stops starting sends at the first failure
/// (a broker away fails them all; one failure says enough), and once a send started now could still be waiting for its
/// confirm when the lease ends, when another instance may claim the timer and fire it too. What was not sent is
/// <see cref="Unsent"/>, to be given back.
/// </summary>
internal sealed class FiringRound(IReadOnlyList<DurableTimer> claimed, TimeProvider clock, long claimedAt, TimeSpan startWindow)
{
    readonly bool[] _sent = new bool[claimed.Count];
    // Parsed once per address, not per timer; a malformed one fails its own timer's send, not the round.
    readonly ConcurrentDictionary<string, Uri> _destinations = new();
    int _next = -1;
    Exception? _failure;

    public int Sent => _sent.Count(s => s);

    public Guid[] Unsent => [.. claimed.Where((_, i) => !_sent[i]).Select(t => t.TokenId)];

    public async Task Run(Func<DurableTimer, Uri, CancellationToken, Task> send, int concurrency, CancellationToken cancellationToken)
    {
        var senders = Enumerable.Range(0, Math.Clamp(concurrency, 1, claimed.Count)).Select(_ => Sender(send, cancellationToken));
        await Task.WhenAll(senders);
    }

    public void ThrowIfFailed()
    {
        if (_failure is not null)
            ExceptionDispatchInfo.Throw(_failure);
    }

    async Task Sender(Func<DurableTimer, Uri, CancellationToken, Task> send, CancellationToken cancellationToken)
    {
        // Each sender's first send always starts, as the first send of a round always did: a lease shorter than the send
        // timeout then still makes progress.
        for (var first = true; Volatile.Read(ref _failure) is null && (first || clock.GetElapsedTime(claimedAt) < startWindow); first = false)
        {
            var index = Interlocked.Increment(ref _next);
            if (index >= claimed.Count)
                return;
            var timer = claimed[index];
            try
            {
                await send(timer, _destinations.GetOrAdd(timer.DestinationAddress, address => new Uri(address)), cancellationToken);
                _sent[index] = true;
                ApprovalsTelemetry.TimerLag.Record((clock.GetUtcNow() - timer.DueAt).TotalSeconds);
            }
            catch (Exception exception)
            {
                Interlocked.CompareExchange(ref _failure, exception, null);
                return;
            }
        }
    }
}

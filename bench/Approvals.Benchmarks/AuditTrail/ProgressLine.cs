using System.Diagnostics;
using System.Globalization;

namespace Approvals.Benchmarks.AuditTrail;

/// <summary>
/// Rewrites one line every second with how far a long step has come, until disposed. The phase starts a line of its
/// own for it first, below the runner's.
/// </summary>
public sealed class ProgressLine : IAsyncDisposable
{
    readonly CancellationTokenSource _stop = new();
    readonly Task _printing;

    bool _printed;

    public ProgressLine(string step, long total, Func<long> done) => _printing = Print(step, total, done, _stop.Token);

    async Task Print(string step, long total, Func<long> done, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        long previous = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var now = done();
                Console.Write(string.Create(CultureInfo.InvariantCulture,
                    $"\r      {step} {Stopwatch.GetElapsedTime(started).TotalSeconds,4:0} s: {now,12:N0} / {total:N0} entries, {now - previous,10:N0}/s   "));
                previous = now;
                _printed = true;
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _printing;
        _stop.Dispose();
        if (_printed)
            Console.WriteLine();
    }
}

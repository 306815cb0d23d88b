using System.Diagnostics;

namespace Approvals.Server.Tests.Infrastructure;

/// <summary>
/// The bus is asynchronous: effects of a call show up a little later. Poll, bounded, instead of sleeping a fixed time.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    /// <param name="timeout">For a burst of many messages to drain; <see cref="Timeout"/> when omitted.</param>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? Timeout;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var seen = await probe();
            if (done(seen))
                return seen;
            if (clock.Elapsed > limit)
                throw new TimeoutException($"Waited {limit.TotalSeconds:0} s for {what}; last seen: {seen}");
            await Task.Delay(Interval);
        }
    }
}

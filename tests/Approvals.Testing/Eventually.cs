using System.Diagnostics;

namespace Approvals.Testing;

/// <summary>
/// The services talk through messages, so the effect of a call shows up a little later: poll for it, bounded, instead
/// of sleeping a fixed time. Running out of time throws a <see cref="TimeoutException"/> that says what was awaited.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Polls <paramref name="probe"/> until <paramref name="done"/> accepts what it saw; returns that.</summary>
    /// <param name="timeout">For a burst of many messages to drain; <see cref="Timeout"/> when omitted.</param>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? Timeout;
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            var seen = await probe();
            if (done(seen))
                return seen;
            if (elapsed.Elapsed > limit)
                throw new TimeoutException($"Waited {limit.TotalSeconds:0} s for {what}; last seen: {seen}");
            await Task.Delay(PollInterval);
        }
    }

    public static Task True(Func<Task<bool>> condition, string what, TimeSpan? timeout = null) =>
        True(condition, () => what, timeout);

    /// <param name="what">Worded when time runs out, so it can describe the state the wait ended in.</param>
    public static async Task True(Func<Task<bool>> condition, Func<string> what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? Timeout;
        var elapsed = Stopwatch.StartNew();
        while (!await condition())
        {
            if (elapsed.Elapsed > limit)
                throw new TimeoutException($"Not within {limit.TotalSeconds:0} s: {what()}");
            await Task.Delay(PollInterval);
        }
    }

    public static Task True(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        True(() => Task.FromResult(condition()), () => what, timeout);

    public static Task True(Func<bool> condition, Func<string> what, TimeSpan? timeout = null) =>
        True(() => Task.FromResult(condition()), what, timeout);

    /// <summary>
    /// Waits until a count holds the expected value for a whole second: messages that raise and lower it travel
    /// separately, so a count can pass through the expected value on its way elsewhere.
    /// </summary>
    public static async Task Settled(Func<Task<int>> count, int expected, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(20);
        var elapsed = Stopwatch.StartNew();
        var stableSince = (TimeSpan?)null;
        while (true)
        {
            var seen = await count();
            if (seen == expected)
            {
                stableSince ??= elapsed.Elapsed;
                if (elapsed.Elapsed - stableSince >= TimeSpan.FromSeconds(1))
                    return;
            }
            else
                stableSince = null;
            if (elapsed.Elapsed > limit)
                throw new TimeoutException($"Never settled at {expected} within {limit.TotalSeconds:0} s: {what}; last seen: {seen}");
            await Task.Delay(PollInterval);
        }
    }
}

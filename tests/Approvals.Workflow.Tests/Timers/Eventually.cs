namespace Approvals.Workflow.Tests.Timers;

internal static class Eventually
{
    /// <summary>Polls a condition that the bus makes true asynchronously; fails after a bounded wait.</summary>
    public static async Task True(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
                return;
            await Task.Delay(50);
        }

        Assert.Fail($"Never became true: {what}");
    }

    /// <summary>
    /// Waits until a count holds the expected value for a whole second: schedule and cancel requests travel separately,
    /// so a count can pass through the expected value on its way elsewhere.
    /// </summary>
    public static async Task Settled(Func<Task<int>> count, int expected, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        var stableSince = (DateTime?)null;
        while (DateTime.UtcNow < deadline)
        {
            if (await count() == expected)
            {
                stableSince ??= DateTime.UtcNow;
                if (DateTime.UtcNow - stableSince >= TimeSpan.FromSeconds(1))
                    return;
            }
            else
                stableSince = null;
            await Task.Delay(50);
        }

        Assert.Fail($"Never settled: {what}");
    }
}

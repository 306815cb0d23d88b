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
}

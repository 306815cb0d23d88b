namespace Approvals.Integration.Tests.Infrastructure;

/// <summary>Bounded waiting: the system is asynchronous, so tests poll for a condition and fail when time runs out.</summary>
public static class Poll
{
    public static async Task Until(Func<Task<bool>> condition, TimeSpan timeout, Func<string> whatWasAwaited)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Not within {timeout}: {whatWasAwaited()}");
            await Task.Delay(100);
        }
    }

    public static Task Until(Func<bool> condition, TimeSpan timeout, Func<string> whatWasAwaited) =>
        Until(() => Task.FromResult(condition()), timeout, whatWasAwaited);
}

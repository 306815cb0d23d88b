using Approvals.Contracts;
using Approvals.Integration.Tests.Infrastructure;
using Approvals.Messaging.Faults;

namespace Approvals.Integration.Tests.Faults;

/// <summary>What both crash-loop tests do: a Review that dies on every delivery of one marked message, restarted each time.</summary>
static class CrashLoop
{
    /// <summary>The test configuration that makes Review FailFast whenever <paramref name="markedId"/> is consumed.</summary>
    public static Dictionary<string, string> Fault(Guid markedId) => new()
    {
        ["FaultInjection__Point"] = nameof(FaultPoint.EveryDeliveryOfMarkedMessage),
        ["FaultInjection__MessageId"] = markedId.ToString(),
    };

    /// <summary>An OpenReview for a request nobody submitted: if it were ever consumed, the ledger would see an unexpected review.</summary>
    public static OpenReview Marked() =>
        new(Guid.NewGuid(), Guid.NewGuid(), ReviewKind.Initial, "crash-loop", "crash-loop", 1, 1m, Urgency.Standard,
            DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(1));

    /// <summary>
    /// Restarts Review, on the same port and with the same fault, every time it dies, until <paramref name="ended"/>
    /// (the marked message has left the queue); runs <paramref name="afterFirstDeath"/> alongside, from the first death
    /// on. Fails past <paramref name="maxDeaths"/>. Returns how many times Review died.
    /// </summary>
    public static async Task<int> RestartUntil(DistributedDeployment deployment, Func<Task<bool>> ended, int maxDeaths, TimeSpan patience,
        Func<Task>? afterFirstDeath = null)
    {
        var deaths = 0;
        var alongside = Task.CompletedTask;
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            // Looked at before the process: a death just before the end is still counted and followed by a restart.
            var hasEnded = await ended();
            if (deployment.Review.HasExited)
            {
                deaths++;
                var exitCode = await deployment.Review.WaitForExit(TimeSpan.FromSeconds(5));
                deployment.Note($"review died ({deaths}) with exit code {exitCode}");
                Assert.NotEqual(0, exitCode);
                Assert.True(deaths <= maxDeaths, $"review died {deaths} times and the marked message is still in its queue");
                deployment.Review = deployment.Start(deployment.SettingsOf(deployment.Review) with { HttpPort = deployment.Review.BaseAddress.Port });
                deadline = DateTime.UtcNow + patience;
                if (deaths == 1 && afterFirstDeath is not null)
                    alongside = afterFirstDeath();
            }
            else if (hasEnded && await StaysUp(deployment.Review))
                break;
            else if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"review neither died nor did the marked message leave its queue within {patience}");

            await Task.Delay(100);
        }

        deployment.Note($"the marked message left the queue after {deaths} deaths");
        await alongside;
        return deaths;
    }

    /// <summary>
    /// The broker moves the message on as soon as it sees the dying process's connection drop, which on a loaded machine
    /// can be a while before the process is seen to have exited: the loop ends only with a process that answers its
    /// health probe. One that exits meanwhile is the last death, counted and restarted on the next pass.
    /// </summary>
    static async Task<bool> StaysUp(ServerProcess review)
    {
        try
        {
            await review.WaitUntilReady(Deployment.StartTimeout);
            return true;
        }
        catch (InvalidOperationException) when (review.HasExited)
        {
            return false;
        }
    }
}

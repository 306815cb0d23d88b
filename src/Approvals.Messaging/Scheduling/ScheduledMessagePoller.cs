using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Approvals.Messaging.Scheduling;

/// <summary>Runs <see cref="ScheduledMessageDispatcher{TDbContext}"/> on the scheduler's clock.</summary>
public sealed class ScheduledMessagePoller<TDbContext>(
    ScheduledMessageDispatcher<TDbContext> dispatcher,
    IOptions<SchedulerOptions> options,
    TimeProvider clock,
    ILogger<ScheduledMessagePoller<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await dispatcher.FireDue(stoppingToken) >= options.Value.BatchSize)
                    continue;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Broker or database unavailable: the timers stay in the table and fire late, never not at all.
                logger.LogWarning(exception, "Firing due timers failed; trying again");
            }

            await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
        }
    }
}

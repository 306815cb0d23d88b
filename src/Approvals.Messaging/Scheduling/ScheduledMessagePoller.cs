using Approvals.Messaging.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Approvals.Messaging.Scheduling;

/// <summary>Runs <see cref="ScheduledMessageDispatcher{TDbContext}"/> on the scheduler's clock.</summary>
public sealed class ScheduledMessagePoller<TDbContext>(
    ScheduledMessageDispatcher<TDbContext> dispatcher,
    IOptions<SchedulerOptions> options,
    TimeProvider clock,
    ILogger<ScheduledMessagePoller<TDbContext>> logger) : PeriodicWork(logger)
    where TDbContext : DbContext
{
    protected override TimeProvider WaitClock => clock;

    // A failed round leaves the timers in the table: they fire late, never not at all.
    protected override string Work => "Firing due timers";

    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override async Task<bool> RunRound(CancellationToken cancellationToken) =>
        await dispatcher.FireDue(cancellationToken) >= options.Value.BatchSize;
}

using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Approvals.Messaging.Outbox;

/// <summary>
/// At start-up on a non-durable transport, sends again every outbox message still kept: those that were in the
/// in-memory transport when the process died, and those a consumer committed but never got to send. Original
/// MessageIds make the replays harmless to receivers that already had them.
/// </summary>
public sealed class OutboxReplayService<TDbContext>(
    IServiceScopeFactory scopes,
    IBusControl bus,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxReplayService<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.RetainSentFor <= TimeSpan.Zero)
            return;

        await bus.WaitForHealthStatus(BusHealthStatus.Healthy, stoppingToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();

        var consumerMessages = await db.Set<OutboxMessage>().OrderBy(m => m.SequenceNumber).ToListAsync(stoppingToken);
        foreach (var message in consumerMessages.Where(m => m.DestinationAddress is not null))
        {
            await StoredMessageSender.Send(bus, message, options.Value.SendTimeout, stoppingToken);
            message.DeliveredAt ??= clock.GetUtcNow();
        }

        var busMessages = await db.Set<BusOutboxMessage>().Where(m => m.DeliveredAt != null).OrderBy(m => m.Id).ToListAsync(stoppingToken);
        foreach (var message in busMessages)
            await BusOutboxSender.Deliver(bus, message, options.Value.SendTimeout, clock, stoppingToken);

        await db.SaveChangesAsync(stoppingToken);
        logger.LogInformation("Replayed {Consumer} consumer and {Bus} bus outbox messages of {Context} after start-up",
            consumerMessages.Count, busMessages.Count, typeof(TDbContext).Name);
    }
}

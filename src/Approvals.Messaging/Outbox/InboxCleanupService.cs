using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Approvals.Messaging.Outbox;

/// <summary>Forgets consumed message ids older than the duplicate-detection window, and sent messages past their retention.</summary>
public sealed class InboxCleanupService<TDbContext>(
    IServiceScopeFactory scopes,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<InboxCleanupService<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RemoveExpired(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Inbox cleanup failed; trying again later");
            }

            await Task.Delay(options.Value.CleanupInterval, clock, stoppingToken);
        }
    }

    public async Task<int> RemoveExpired(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var now = clock.GetUtcNow();
        var retainedUntil = now - options.Value.RetainSentFor;
        await db.Set<OutboxMessage>().Where(m => m.DeliveredAt != null && m.DeliveredAt < retainedUntil).ExecuteDeleteAsync(cancellationToken);
        await db.Set<BusOutboxMessage>().Where(m => m.DeliveredAt != null && m.DeliveredAt < retainedUntil).ExecuteDeleteAsync(cancellationToken);

        var cutoff = now - options.Value.DuplicateDetectionWindow;
        return await db.Set<InboxState>().Where(i => i.Delivered != null && i.Delivered < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}

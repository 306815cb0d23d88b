using Approvals.Messaging.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Approvals.Messaging.Outbox;

/// <summary>Forgets consumed message ids older than the duplicate-detection window, and sent messages past their retention.</summary>
public sealed class InboxCleanupService<TDbContext>(
    IServiceScopeFactory scopes,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<InboxCleanupService<TDbContext>> logger) : PeriodicWork(logger)
    where TDbContext : DbContext
{
    protected override TimeProvider WaitClock => clock;

    protected override string Work => "Inbox cleanup";

    protected override TimeSpan Interval => options.Value.CleanupInterval;

    protected override async Task<bool> RunRound(CancellationToken cancellationToken)
    {
        await RemoveExpired(cancellationToken);
        return false;
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

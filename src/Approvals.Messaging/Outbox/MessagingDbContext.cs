using Approvals.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Messaging.Outbox;

/// <summary>
/// A service's DbContext that also holds its inbox and outboxes, so the messages a unit of work consumes and sends
/// commit in the same transaction as its state.
/// </summary>
public abstract class MessagingDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddInboxOutbox(TablePrefix);
    }
}

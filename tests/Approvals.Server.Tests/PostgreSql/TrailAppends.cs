using Approvals.Audit.Chain;
using Approvals.Audit.Persistence;
using Approvals.Persistence;
using Approvals.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Server.Tests.PostgreSql;

/// <summary>One entry appended as the trail's consumer appends it: in a transaction of its own, under the retry strategy.</summary>
internal static class TrailAppends
{
    public static Task<AuditEntry> AppendAsync(AuditDbContext db, int i) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(db.Database.ForUnitOfWork());
            var entry = await new AuditAppender(db, TimeProvider.System).AppendAsync(TrailDrafts.Sample(Guid.NewGuid(), i), default);
            await transaction.CommitAsync();
            return entry;
        });
}

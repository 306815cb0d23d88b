using Approvals.Audit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Audit.Recording;

public sealed class AuditTrailReader(AuditDbContext db) : IAuditTrailReader
{
    public Task<string?> TimelineValuesBeforeAsync(Guid requestId, int version, CancellationToken cancellationToken) =>
        db.Entries.AsNoTracking()
            .Where(e => e.RequestId == requestId && e.EntityType == AuditEntities.Request && e.EntityVersion < version)
            .OrderByDescending(e => e.EntityVersion)
            .Select(e => e.NewValues)
            .FirstOrDefaultAsync(cancellationToken);
}

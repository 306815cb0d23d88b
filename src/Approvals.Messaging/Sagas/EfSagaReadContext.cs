using MassTransit;
using MassTransit.Middleware;
using MassTransit.Saga;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Messaging.Sagas;

/// <summary>Read-only access to saga instances, outside any message (tests, views).</summary>
public sealed class EfSagaReadContext<TSaga>(DbContext db, CancellationToken cancellationToken) :
    BasePipeContext(cancellationToken),
    LoadSagaRepositoryContext<TSaga>,
    QuerySagaRepositoryContext<TSaga>
    where TSaga : class, ISaga
{
    public async Task<TSaga> Load(Guid correlationId) =>
        (await db.Set<TSaga>().AsNoTracking().SingleOrDefaultAsync(x => x.CorrelationId == correlationId, CancellationToken))!;

    public async Task<SagaRepositoryQueryContext<TSaga>> Query(ISagaQuery<TSaga> query, CancellationToken cancellationToken = default)
    {
        var ids = await db.Set<TSaga>().AsNoTracking().Where(query.FilterExpression).Select(x => x.CorrelationId).ToListAsync(cancellationToken);
        return new DefaultSagaRepositoryQueryContext<TSaga>(this, ids);
    }
}

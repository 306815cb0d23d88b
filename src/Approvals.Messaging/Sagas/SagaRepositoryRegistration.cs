using MassTransit;
using MassTransit.Configuration;
using MassTransit.Saga;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Messaging.Sagas;

public static class SagaRepositoryRegistration
{
    /// <summary>Persists <typeparamref name="TSaga"/> in <typeparamref name="TDbContext"/> with our EF repository.</summary>
    public static ISagaRegistrationConfigurator<TSaga> EfRepository<TSaga, TDbContext>(this ISagaRegistrationConfigurator<TSaga> configurator)
        where TSaga : class, ISaga, ISagaVersion
        where TDbContext : DbContext
    {
        configurator.Repository(services =>
        {
            services.RegisterSagaRepository<TSaga, DbContext, SagaConsumeContextFactory<DbContext, TSaga>,
                EfSagaRepositoryContextFactory<TSaga, TDbContext>>();
            services.RegisterLoadSagaRepository<TSaga, EfSagaRepositoryContextFactory<TSaga, TDbContext>>();
            services.RegisterQuerySagaRepository<TSaga, EfSagaRepositoryContextFactory<TSaga, TDbContext>>();
        });
        return configurator;
    }
}

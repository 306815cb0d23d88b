using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Approvals.Persistence;

/// <summary>
/// How the EF tools build one service's context when adding migrations: each migrations assembly closes this over its
/// provider and each service's context, so the tools never start the server.
/// </summary>
public abstract class DesignTimeContextFactory<TContext>(DatabaseProvider provider, string connectionString, string schema)
    : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        DatabaseRegistration.Configure(builder, provider, connectionString, schema);
        return (TContext)Activator.CreateInstance(typeof(TContext), builder.Options)!;
    }
}

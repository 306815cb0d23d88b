using Approvals.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Server.Tests.Migrations;

/// <summary>A model change without a migration for each provider would reach production as a schema mismatch.</summary>
public sealed class When_comparing_the_model_with_the_migrations
{
    [Theory]
    [MemberData(nameof(ServiceContexts.NamesAndProviders), MemberType = typeof(ServiceContexts))]
    public void Should_have_no_pending_model_changes(string service, DatabaseProvider provider)
    {
        using var db = ServiceContexts.Create(service, provider, ServiceContexts.Unreachable(provider));

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {service} model changed without a {provider} migration: add one with dotnet ef migrations add.");
    }
}

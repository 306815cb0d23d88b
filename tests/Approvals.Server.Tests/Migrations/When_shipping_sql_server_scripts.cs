using Approvals.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Approvals.Server.Tests.Migrations;

/// <summary>
/// An operator may run <c>deploy/sql/&lt;service&gt;.sql</c> instead of migrating at start-up: a migration added without
/// running <c>build/sql-scripts.sh</c> would ship a script that builds an older schema.
/// </summary>
public sealed class When_shipping_sql_server_scripts
{
    [Theory]
    [MemberData(nameof(ServiceContexts.Names), MemberType = typeof(ServiceContexts))]
    public void Should_ship_the_script_the_migrations_generate(string service)
    {
        using var db = ServiceContexts.Create(service, DatabaseProvider.SqlServer, ServiceContexts.UnreachableSqlServer);
        // The options dotnet ef migrations script --idempotent uses.
        var generated = db.GetService<IMigrator>().GenerateScript(
            options: MigrationsSqlGenerationOptions.Script | MigrationsSqlGenerationOptions.Idempotent);

        Assert.True(Normalized(TSqlScripts.Deployed($"{service}.sql")) == Normalized(generated),
            $"deploy/sql/{service}.sql differs from the {service} migrations: run build/sql-scripts.sh.");
    }

    static string Normalized(string script) => script.TrimStart('\uFEFF').ReplaceLineEndings("\n").Trim();
}

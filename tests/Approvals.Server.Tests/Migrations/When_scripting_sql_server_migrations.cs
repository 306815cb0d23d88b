using Approvals.Persistence;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Approvals.Server.Tests.Migrations;

/// <summary>
/// Production may run the idempotent scripts instead of migrating at start-up; with no SQL Server here, T-SQL's own
/// parser is the check that they are valid, and that every table lands in the service's schema.
/// </summary>
public sealed class When_scripting_sql_server_migrations
{
    [Theory]
    [MemberData(nameof(ServiceContexts.Names), MemberType = typeof(ServiceContexts))]
    public void Should_parse_as_T_SQL(string service)
    {
        var fragments = TSqlScripts.Parse(TSqlScripts.MigrationsOf(service));

        Assert.NotEmpty(fragments);
    }

    [Theory]
    [MemberData(nameof(ServiceContexts.Names), MemberType = typeof(ServiceContexts))]
    public void Should_create_every_table_in_the_services_schema(string service)
    {
        var tables = TSqlScripts.All<CreateTableStatement>(TSqlScripts.Parse(TSqlScripts.MigrationsOf(service)))
            .Select(t => (Schema: t.SchemaObjectName.SchemaIdentifier?.Value, Table: t.SchemaObjectName.BaseIdentifier.Value))
            .ToList();

        var schema = ServiceContexts.SchemaOf(service);
        Assert.Contains((schema, ServiceContexts.MainTableOf(service)), tables);
        Assert.Contains((schema, ServiceDbContext.HistoryTableFor(schema)), tables);
        Assert.All(tables, t => Assert.Equal(schema, t.Schema));
    }
}

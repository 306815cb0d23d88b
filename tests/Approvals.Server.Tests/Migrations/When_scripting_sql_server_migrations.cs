using Approvals.Messaging.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Approvals.Server.Tests.Migrations;

/// <summary>
/// Production may run the idempotent scripts instead of migrating at start-up; with no SQL Server here, T-SQL's own
/// parser is the check that they are valid, and that every table lands in the service's schema.
/// </summary>
public sealed class When_scripting_sql_server_migrations
{
    static string Script(string service)
    {
        using var db = ServiceContexts.Create(service, DatabaseProvider.SqlServer, ServiceContexts.UnreachableSqlServer);
        return db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    }

    /// <summary>Each batch between lines that are exactly <c>GO</c>, as sqlcmd splits them.</summary>
    static IEnumerable<string> Batches(string script)
    {
        var batch = new List<string>();
        foreach (var line in script.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (line == "GO")
            {
                yield return string.Join('\n', batch);
                batch.Clear();
            }
            else
                batch.Add(line);
        }

        yield return string.Join('\n', batch);
    }

    static List<TSqlFragment> Parse(string script)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        var fragments = new List<TSqlFragment>();
        foreach (var batch in Batches(script).Where(b => !string.IsNullOrWhiteSpace(b)))
        {
            using var reader = new StringReader(batch);
            var fragment = parser.Parse(reader, out var errors);
            Assert.True(errors.Count == 0,
                string.Join("\n", errors.Select(e => $"line {e.Line}: {e.Message}")) + "\nin batch:\n" + batch);
            fragments.Add(fragment);
        }

        return fragments;
    }

    [Theory]
    [MemberData(nameof(ServiceContexts.Names), MemberType = typeof(ServiceContexts))]
    public void Should_parse_as_T_SQL(string service)
    {
        var fragments = Parse(Script(service));

        Assert.NotEmpty(fragments);
    }

    [Theory]
    [MemberData(nameof(ServiceContexts.Names), MemberType = typeof(ServiceContexts))]
    public void Should_create_every_table_in_the_services_schema(string service)
    {
        var tables = new CreatedTables();
        foreach (var fragment in Parse(Script(service)))
            fragment.Accept(tables);

        var schema = ServiceContexts.SchemaOf(service);
        Assert.Contains((schema, ServiceContexts.MainTableOf(service)), tables.Names);
        Assert.Contains((schema, ServiceDbContext.HistoryTableFor(schema)), tables.Names);
        Assert.All(tables.Names, t => Assert.Equal(schema, t.Schema));
    }

    sealed class CreatedTables : TSqlFragmentVisitor
    {
        public List<(string? Schema, string Table)> Names { get; } = [];

        public override void Visit(CreateTableStatement node) =>
            Names.Add((node.SchemaObjectName.SchemaIdentifier?.Value, node.SchemaObjectName.BaseIdentifier.Value));
    }
}

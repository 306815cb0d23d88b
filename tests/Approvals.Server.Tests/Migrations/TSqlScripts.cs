using Approvals.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Approvals.Server.Tests.Migrations;

/// <summary>SQL Server scripts read with T-SQL's own parser, since no SQL Server runs here.</summary>
public static class TSqlScripts
{
    /// <summary>The idempotent migration script of one service, as <c>build/sql-scripts.sh</c> writes it.</summary>
    public static string MigrationsOf(string service)
    {
        using var db = ServiceContexts.Create(service, DatabaseProvider.SqlServer, ServiceContexts.UnreachableSqlServer);
        return db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    }

    /// <summary>A script shipped in <c>deploy/sql</c>.</summary>
    public static string Deployed(string file) => File.ReadAllText(RepositoryPaths.In("deploy", "sql", file));

    /// <summary>Each batch parsed; a batch that does not parse fails the test with the parser's messages.</summary>
    public static List<TSqlFragment> Parse(string script)
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

    /// <summary>Every node of type <typeparamref name="T"/> in <paramref name="fragments"/>.</summary>
    public static List<T> All<T>(IEnumerable<TSqlFragment> fragments)
        where T : TSqlFragment
    {
        var collector = new Collector<T>();
        foreach (var fragment in fragments)
            fragment.Accept(collector);
        return collector.Found;
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

    sealed class Collector<T> : TSqlFragmentVisitor
        where T : TSqlFragment
    {
        public List<T> Found { get; } = [];

        public override void Visit(TSqlFragment node)
        {
            if (node is T found)
                Found.Add(found);
        }
    }
}

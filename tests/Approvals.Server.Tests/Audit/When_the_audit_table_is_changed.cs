using Approvals.Persistence;
using Approvals.Server.Tests.Infrastructure;
using Approvals.Server.Tests.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Approvals.Server.Tests.Audit;

/// <summary>The database itself refuses to change or remove an entry, whatever code or person asks.</summary>
public sealed class When_the_audit_table_is_changed : IDisposable
{
    readonly AuditTrailDatabase _trail = new();

    [Theory]
    [InlineData("""UPDATE "AuditEntries" SET "Reason" = 'edited' WHERE "Sequence" = 2""", "UPDATE refused")]
    [InlineData("""DELETE FROM "AuditEntries" WHERE "Sequence" = 2""", "DELETE refused")]
    [InlineData("DELETE FROM \"AuditEntries\"", "DELETE refused")]
    public async Task Should_refuse_it_on_sqlite(string sql, string message)
    {
        var seeded = await _trail.SeedAsync(3);
        using var connection = new SqliteConnection(_trail.ConnectionString);
        connection.Open();

        var refused = Assert.Throws<SqliteException>(() => AuditTrailDatabase.Execute(connection, sql));

        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
        await using var db = _trail.Open();
        var stored = await db.Entries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(seeded.Select(e => (e.Sequence, e.Reason, e.Hash)), stored.Select(e => (e.Sequence, e.Reason, e.Hash)));
    }

    [Fact]
    public async Task Should_refuse_it_through_ef_core_too()
    {
        await _trail.SeedAsync(2);
        await using var db = _trail.Open();
        var entry = await db.Entries.SingleAsync(e => e.Sequence == 1);
        entry.Reason = "edited";

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public void Should_create_both_triggers_in_the_sql_server_script()
    {
        var triggers = SqlServerTriggers();

        Assert.Equal(["AuditEntries_refuse_delete", "AuditEntries_refuse_update"], triggers.Select(t => t.Name).Order());
        Assert.All(triggers, t => Assert.Equal(("audit", "AuditEntries"), t.Table));
        Assert.All(triggers, t => Assert.Equal(TriggerType.InsteadOf, t.Type));
        Assert.Contains(triggers, t => t.Actions.SequenceEqual([TriggerActionType.Update]));
        Assert.Contains(triggers, t => t.Actions.SequenceEqual([TriggerActionType.Delete]));
        Assert.All(triggers, t => Assert.True(t.Throws, $"{t.Name} does not THROW."));
    }

    /// <summary>
    /// The triggers, parsed from the idempotent script: each CREATE TRIGGER sits in an EXEC string, which T-SQL's
    /// parser reads as a literal, so the literal is parsed again as a batch of its own.
    /// </summary>
    static List<Trigger> SqlServerTriggers()
    {
        using var db = ServiceContexts.Create("audit", DatabaseProvider.SqlServer, ServiceContexts.UnreachableSqlServer);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        var literals = new ExecutedLiterals();
        foreach (var batch in script.Split("\nGO", StringSplitOptions.RemoveEmptyEntries))
        {
            var fragment = parser.Parse(new StringReader(batch), out var errors);
            Assert.Empty(errors);
            fragment.Accept(literals);
        }

        var triggers = new Triggers();
        foreach (var literal in literals.Values.Where(v => v.Contains("CREATE TRIGGER", StringComparison.Ordinal)))
        {
            var fragment = parser.Parse(new StringReader(literal), out var errors);
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Message)) + "\n" + literal);
            fragment.Accept(triggers);
        }

        return triggers.Found;
    }

    sealed record Trigger(string Name, (string?, string) Table, TriggerType Type, IReadOnlyList<TriggerActionType> Actions, bool Throws);

    sealed class ExecutedLiterals : TSqlFragmentVisitor
    {
        public List<string> Values { get; } = [];

        public override void Visit(ExecutableStringList node) =>
            Values.Add(string.Concat(node.Strings.OfType<StringLiteral>().Select(s => s.Value)));
    }

    sealed class Triggers : TSqlFragmentVisitor
    {
        public List<Trigger> Found { get; } = [];

        public override void Visit(CreateTriggerStatement node)
        {
            var throws = new Throws();
            node.StatementList.Accept(throws);
            Found.Add(new Trigger(
                node.Name.BaseIdentifier.Value,
                (node.TriggerObject.Name.SchemaIdentifier?.Value, node.TriggerObject.Name.BaseIdentifier.Value),
                node.TriggerType,
                [.. node.TriggerActions.Select(a => a.TriggerActionType)],
                throws.Seen));
        }
    }

    sealed class Throws : TSqlFragmentVisitor
    {
        public bool Seen { get; private set; }

        public override void Visit(ThrowStatement node) => Seen = true;
    }

    public void Dispose() => _trail.Dispose();
}

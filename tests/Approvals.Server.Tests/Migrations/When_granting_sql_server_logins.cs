using Approvals.Persistence;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Approvals.Server.Tests.Migrations;

/// <summary>
/// The trail's protection (triggers, no UPDATE or DELETE) holds only against a login without rights over the schema.
/// <c>deploy/sql/logins.sql</c> and <c>grants.sql</c> are read as T-SQL and their GRANTs walked: the migrator owns
/// the schemas, the services' login has row rights only, and on the trail INSERT and SELECT alone.
/// </summary>
public sealed class When_granting_sql_server_logins
{
    const string App = "approvals_app";
    const string Migrator = "approvals_migrator";
    const string Logins = "logins.sql";
    const string Grants = "grants.sql";

    static readonly string[] RowRights = ["SELECT", "INSERT", "UPDATE", "DELETE"];

    /// <summary>One permission to one principal; <see cref="Target"/> is <c>schema</c>, <c>schema.table</c> or empty (the database).</summary>
    sealed record Grant(string Permission, bool OnSchema, string Target, string Principal);

    static List<TSqlFragment> Parsed(string file) => TSqlScripts.Parse(TSqlScripts.Deployed(file));

    static List<Grant> GrantsIn(params string[] files) =>
    [
        .. from statement in files.SelectMany(f => TSqlScripts.All<GrantStatement>(Parsed(f)))
           from permission in statement.Permissions
           from principal in statement.Principals
           select new Grant(
               string.Join(' ', permission.Identifiers.Select(i => i.Value.ToUpperInvariant())),
               statement.SecurityTargetObject?.ObjectKind == SecurityObjectKind.Schema,
               string.Join('.', statement.SecurityTargetObject?.ObjectName?.MultiPartIdentifier.Identifiers.Select(i => i.Value) ?? []),
               principal.Identifier?.Value ?? principal.PrincipalType.ToString()),
    ];

    [Theory]
    [InlineData(Logins)]
    [InlineData(Grants)]
    public void Should_parse_as_T_SQL(string file)
    {
        Assert.NotEmpty(Parsed(file));
    }

    [Fact]
    public void Should_give_every_service_schema_to_the_migrator()
    {
        var owners = TSqlScripts.All<AlterAuthorizationStatement>(Parsed(Logins))
            .Where(a => a.SecurityTargetObject.ObjectKind == SecurityObjectKind.Schema)
            .ToDictionary(a => a.SecurityTargetObject.ObjectName.MultiPartIdentifier.Identifiers.Single().Value, a => a.PrincipalName.Value);

        Assert.All(ServiceContexts.All.Select(ServiceContexts.SchemaOf), schema =>
            Assert.True(owners.GetValueOrDefault(schema) == Migrator, $"schema {schema} is given to {owners.GetValueOrDefault(schema) ?? "nobody"}"));
    }

    [Fact]
    public void Should_grant_the_app_only_insert_and_select_on_the_audit_trail()
    {
        var app = GrantsIn(Logins, Grants).Where(g => g.Principal == App).ToList();

        var onTrail = app.Where(g => g.Target == "audit.AuditEntries").Select(g => g.Permission).Order();

        Assert.Equal(["INSERT", "SELECT"], onTrail);
        Assert.DoesNotContain(app, g => g.OnSchema && g.Target == "audit");
    }

    [Fact]
    public void Should_grant_the_app_row_rights_on_objects_only()
    {
        var app = GrantsIn(Logins, Grants).Where(g => g.Principal == App).ToList();

        Assert.NotEmpty(app);
        Assert.All(app, g => Assert.True(RowRights.Contains(g.Permission) && g.Target != "",
            $"{g.Permission} on '{g.Target}' is more than row rights on a schema or table"));
    }

    [Fact]
    public void Should_give_the_app_no_role_and_no_ownership()
    {
        var fragments = Parsed(Logins).Concat(Parsed(Grants)).ToList();

        var owners = TSqlScripts.All<AlterAuthorizationStatement>(fragments).Select(a => a.PrincipalName.Value);
        var members = TSqlScripts.All<AddMemberAlterRoleAction>(fragments).Select(a => a.Member.Value);
        var procedures = TSqlScripts.All<ExecutableProcedureReference>(fragments)
            .Select(p => p.ProcedureReference?.ProcedureReference?.Name.BaseIdentifier.Value ?? "");

        Assert.DoesNotContain(App, owners);
        Assert.DoesNotContain(App, members);
        Assert.DoesNotContain(procedures, p => p.StartsWith("sp_add", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A migration that adds a table fails here until grants.sql says what the services may do with it.</summary>
    [Theory]
    [MemberData(nameof(ServiceContexts.Names), MemberType = typeof(ServiceContexts))]
    public void Should_let_the_app_read_and_insert_into_every_table_of_its_services(string service)
    {
        var schema = ServiceContexts.SchemaOf(service);
        var app = GrantsIn(Grants).Where(g => g.Principal == App).ToList();
        var tables = TSqlScripts.All<CreateTableStatement>(TSqlScripts.Parse(TSqlScripts.MigrationsOf(service)))
            .Select(t => t.SchemaObjectName.BaseIdentifier.Value)
            .Where(t => t != ServiceDbContext.HistoryTableFor(schema));

        Assert.All(tables, table =>
        {
            var rights = app.Where(g => g.OnSchema ? g.Target == schema : g.Target == $"{schema}.{table}").Select(g => g.Permission).ToHashSet();
            Assert.True(rights.IsSupersetOf(["SELECT", "INSERT"]), $"{schema}.{table}: {string.Join(", ", rights)}");
        });
    }
}

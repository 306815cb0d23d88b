namespace Approvals.Architecture.Tests;

/// <summary>
/// The layering the code relies on, checked on the built assemblies: the rules and the message contracts stand on no
/// framework, services meet only through messages and the HTTP API, one layer chooses the database provider, and the
/// web app reaches the service only through the API client.
/// </summary>
public sealed class When_checking_the_layers
{
    static readonly string[] Services = ["Approvals.Intake", "Approvals.Review", "Approvals.Workflow", "Approvals.Audit", "Approvals.Web"];

    static readonly string[] DatabaseProviders =
        ["Microsoft.EntityFrameworkCore.Sqlite", "Microsoft.EntityFrameworkCore.SqlServer", "Npgsql.EntityFrameworkCore.PostgreSQL"];

    // The persistence layer picks the provider from configuration; the migration projects hold one provider each.
    static readonly string[] ProviderChoosers =
        ["Approvals.Persistence", "Approvals.Persistence.Sqlite", "Approvals.Persistence.SqlServer", "Approvals.Persistence.PostgreSql"];

    [Fact]
    public void Should_find_every_layer_built_beside_the_tests()
    {
        Assert.Superset(new HashSet<string>([.. Services, .. ProviderChoosers, "Approvals.Domain", "Approvals.Contracts", "Approvals.ApiClient"]),
            new HashSet<string>(ProjectAssemblies.All));
    }

    [Theory]
    [MemberData(nameof(FrameworkFree))]
    public void Should_keep_the_rules_and_contracts_free_of_any_framework(string assembly)
    {
        var framework = ProjectAssemblies.ReferencesOf(assembly)
            .Where(name => !(name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib"
                || name is "Approvals.Contracts" or "Approvals.Domain"));

        Assert.Empty(framework);
    }

    public static TheoryData<string> FrameworkFree() => ProjectAssemblies.Named("Approvals.Domain", "Approvals.Contracts");

    [Theory]
    [MemberData(nameof(EveryService))]
    public void Should_not_let_one_service_reference_another(string service)
    {
        var others = ProjectAssemblies.ReferencesOf(service).Intersect(Services.Where(s => s != service));

        Assert.Empty(others);
    }

    public static TheoryData<string> EveryService() => ProjectAssemblies.Named(Services);

    [Fact]
    public void Should_reference_a_database_provider_only_from_the_persistence_layer()
    {
        var usingAProvider = ProjectAssemblies.All
            .Where(assembly => ProjectAssemblies.ReferencesOf(assembly).Intersect(DatabaseProviders).Any());

        Assert.Subset(new HashSet<string>(ProviderChoosers), new HashSet<string>(usingAProvider));
    }

    [Fact]
    public void Should_let_the_web_app_reach_the_service_only_through_the_api_client()
    {
        var ours = ProjectAssemblies.ReferencesOf("Approvals.Web").Where(name => name.StartsWith("Approvals.", StringComparison.Ordinal));

        // Approvals.Http holds the role, claim and signing names the pages share with the API; no service, contract,
        // rule or infrastructure type.
        Assert.Subset(new HashSet<string>(["Approvals.ApiClient", "Approvals.Http"]), new HashSet<string>(ours));
    }
}

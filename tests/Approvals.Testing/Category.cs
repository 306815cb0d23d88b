namespace Approvals.Testing;

/// <summary>
/// The "Category" trait values that keep slow or machine-dependent tests out of <c>build/test.sh --fast</c>, which
/// runs everything not in one of them. Put on a class, a base class or (<c>AssemblyTrait</c>) a whole project.
/// </summary>
public static class Category
{
    public const string Trait = "Category";

    /// <summary>Needs the private RabbitMQ that build/test.sh starts.</summary>
    public const string Broker = "Broker";

    /// <summary>Breaks a running deployment on purpose (kills, cuts, crash loops) and balances the books after.</summary>
    public const string Fault = "Fault";

    /// <summary>Needs the private PostgreSQL cluster that build/test.sh starts (<see cref="PostgresTestDatabase"/>).</summary>
    public const string PostgreSql = "PostgreSql";

    /// <summary>Drives Debian's Chromium through Playwright.</summary>
    public const string Browser = "Browser";

    /// <summary>Checks traffic against the OpenAPI document through Stoplight Prism, from build/api's Node tools.</summary>
    public const string Contract = "Contract";
}

namespace Approvals.Server.Hosting;

/// <summary>Which services this process hosts, from <c>--roles</c> (default <c>all</c>).</summary>
public sealed record ServerRoles(bool Intake, bool Review, bool Workflow, bool Audit = false)
{
    public const string ConfigurationKey = "roles";
    static readonly string[] Known = ["intake", "review", "workflow", "audit"];

    public static ServerRoles Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim() == "all")
            return new ServerRoles(true, true, true, true);

        var names = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = names.Where(n => !Known.Contains(n, StringComparer.Ordinal)).ToArray();
        if (unknown.Length > 0 || names.Length == 0)
        {
            throw new InvalidOperationException(
                $"--roles: unknown role(s) '{string.Join(",", unknown)}'; use 'all' or any of {string.Join(",", Known)}.");
        }

        return new ServerRoles(names.Contains("intake"), names.Contains("review"), names.Contains("workflow"), names.Contains("audit"));
    }

    public bool ServesHttpApi => Intake || Review || Audit;

    public override string ToString() =>
        string.Join(",", new[] { Intake ? "intake" : null, Review ? "review" : null, Workflow ? "workflow" : null, Audit ? "audit" : null }
            .OfType<string>());
}

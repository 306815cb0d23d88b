namespace Approvals.Server.Hosting;

/// <summary>Which services this process hosts, from <c>--roles</c> (default <c>all</c>).</summary>
/// <remarks><c>web</c> serves the browser app at <c>/</c>; it reaches the API only over HTTP (<c>Web:ApiBaseAddress</c>, else this process).</remarks>
public sealed record ServerRoles(bool Intake, bool Review, bool Workflow, bool Audit = false, bool Web = false)
{
    public const string ConfigurationKey = "roles";
    static readonly string[] Known = ["intake", "review", "workflow", "audit", "web"];

    public static ServerRoles Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim() == "all")
            return new ServerRoles(true, true, true, true, true);

        var names = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = names.Where(n => !Known.Contains(n, StringComparer.Ordinal)).ToArray();
        if (unknown.Length > 0 || names.Length == 0)
        {
            throw new InvalidOperationException(
                $"--roles: unknown role(s) '{string.Join(",", unknown)}'; use 'all' or any of {string.Join(",", Known)}.");
        }

        return new ServerRoles(names.Contains("intake"), names.Contains("review"), names.Contains("workflow"), names.Contains("audit"),
            names.Contains("web"));
    }

    public bool ServesHttpApi => Intake || Review || Audit;

    public override string ToString() =>
        string.Join(",", new[] { Intake ? "intake" : null, Review ? "review" : null, Workflow ? "workflow" : null, Audit ? "audit" : null, Web ? "web" : null }
            .OfType<string>());
}

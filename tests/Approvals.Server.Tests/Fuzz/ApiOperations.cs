using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Approvals.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Fuzz;

/// <summary>A parameter of an operation as the OpenAPI document declares it (<c>path</c>, <c>query</c> or <c>header</c>).</summary>
public sealed record ApiParameter(string Name, string In, JsonObject Schema);

/// <summary>One operation of the API: its method and path template, parameters, JSON body schema, and the role it needs.</summary>
public sealed record ApiOperation(HttpMethod Method, string Path, IReadOnlyList<ApiParameter> Parameters, JsonObject? Body,
    string? BodySchemaName, string Role)
{
    public bool IsWrite => Method != HttpMethod.Get;

    public override string ToString() => $"{Method} {Path}";
}

/// <summary>
/// Every operation under <c>/api/</c>, read from the server's own OpenAPI document so a new endpoint is fuzzed without a
/// change here. The role comes from the endpoint's authorisation metadata: the first of the roles it allows, in the
/// order of <see cref="PreferredRoles"/> (a prescriber for writes, so that the fuzzed case is their own).
/// </summary>
public static partial class ApiOperations
{
    static readonly string[] PreferredReadRoles = [Roles.Reviewer, Roles.Auditor, Roles.Specialist, Roles.Admin, Roles.Prescriber];
    static readonly string[] PreferredRoles = [Roles.Prescriber, .. PreferredReadRoles];

    [GeneratedRegex(@"\{(?<name>[^}:?]+)[^}]*\}")]
    private static partial Regex RouteParameter();

    public static async Task<(JsonObject Document, IReadOnlyList<ApiOperation> Operations)> DiscoverAsync(ApprovalsApiFactory api)
    {
        using var anonymous = api.CreateClient();
        var document = JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json"))!.AsObject();
        var roles = await RolesByEndpointAsync(api);

        var operations = new List<ApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            if (!path.StartsWith("/api/", StringComparison.Ordinal))
                continue;
            foreach (var (method, operation) in item!.AsObject())
            {
                var httpMethod = new HttpMethod(method.ToUpperInvariant());
                var key = $"{httpMethod} {Normalize(path)}";
                var allowed = roles.TryGetValue(key, out var found)
                    ? found
                    : throw new InvalidOperationException($"No endpoint for {key} in the server's routes.");
                var preferred = httpMethod == HttpMethod.Get ? PreferredReadRoles : PreferredRoles;
                var role = preferred.FirstOrDefault(allowed.Contains)
                    ?? throw new InvalidOperationException($"{key} allows none of the known roles.");
                var body = operation!["requestBody"]?["content"]?["application/json"]?["schema"]?.AsObject();
                operations.Add(new ApiOperation(httpMethod, path, Parameters(document, operation.AsObject()),
                    body is null ? null : Resolve(document, body), body?["$ref"]?.GetValue<string>().Split('/')[^1], role));
            }
        }

        return (document, operations);
    }

    /// <summary>The roles each endpoint allows, keyed by method and route template without constraints.</summary>
    static async Task<Dictionary<string, IReadOnlySet<string>>> RolesByEndpointAsync(ApprovalsApiFactory api)
    {
        var policies = api.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var result = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var endpoint in api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var policy = await AuthorizationPolicy.CombineAsync(policies, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(),
                endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>());
            var allowed = policy?.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles).ToHashSet()
                ?? [];
            foreach (var method in endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? [])
                result[$"{method} {Normalize("/" + endpoint.RoutePattern.RawText!.TrimStart('/'))}"] = allowed;
        }

        return result;
    }

    static string Normalize(string template) => RouteParameter().Replace(template, m => $"{{{m.Groups["name"].Value}}}").TrimEnd('/');

    static List<ApiParameter> Parameters(JsonObject document, JsonObject operation) =>
        [.. (operation["parameters"]?.AsArray() ?? []).Select(p => Resolve(document, p!.AsObject()))
            .Select(p => new ApiParameter(p["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(),
                Resolve(document, p["schema"]?.AsObject() ?? new JsonObject())))];

    /// <summary>The schema or parameter behind a <c>$ref</c>, followed until it is inline.</summary>
    public static JsonObject Resolve(JsonObject document, JsonObject node)
    {
        while (node["$ref"]?.GetValue<string>() is { } reference)
        {
            JsonNode target = document;
            foreach (var part in reference.TrimStart('#', '/').Split('/'))
                target = target[part]!;
            node = target.AsObject();
        }

        return node;
    }
}

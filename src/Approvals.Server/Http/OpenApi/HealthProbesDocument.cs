using System.Text.Json.Nodes;
using Approvals.Server.Hosting;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Approvals.Server.Http.OpenApi;

/// <summary>
/// Health check endpoints are not route handlers, so the generator does not see them: describe the two probes here.
/// Both are anonymous and answer plain text: 200 <c>Healthy</c> (or <c>Degraded</c>), 503 <c>Unhealthy</c>.
/// </summary>
public sealed class HealthProbesDocument : IOpenApiDocumentTransformer
{
    const string Tag = "Health";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Tags ??= new HashSet<OpenApiTag>();
        document.Tags.Add(new OpenApiTag { Name = Tag, Description = "Probes for service managers and orchestrators; no token needed." });
        document.Paths.Add(HealthProbes.LivePath, Probe(document, "getLiveness", "Whether the process answers; checks nothing else."));
        document.Paths.Add(HealthProbes.ReadyPath, Probe(document, "getReadiness",
            "Whether the process can serve: each hosted service's database answers (and the broker, when one is used)."));
        return Task.CompletedTask;
    }

    static OpenApiPathItem Probe(OpenApiDocument document, string operationId, string summary) => new()
    {
        Operations = new Dictionary<HttpMethod, OpenApiOperation>
        {
            [HttpMethod.Get] = new()
            {
                OperationId = operationId,
                Summary = summary,
                Tags = new HashSet<OpenApiTagReference> { new(Tag, document) },
                Security = [],
                Responses = new OpenApiResponses
                {
                    ["200"] = Status("Healthy, or degraded but serving.", "Healthy", "Degraded"),
                    ["503"] = Status("Unhealthy: a check failed.", "Unhealthy"),
                },
            },
        },
    };

    static OpenApiResponse Status(string description, params string[] values) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["text/plain"] = new OpenApiMediaType
            {
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))] },
            },
        },
    };
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Approvals.Server.Http.OpenApi;
using Microsoft.AspNetCore.Http.Json;

namespace Approvals.Server.Http;

public static class HttpSetup
{
    /// <summary>camelCase JSON, enums as kebab-case strings, unknown and duplicate members refused, problem details for every failure.</summary>
    public static IServiceCollection AddApprovalsHttp(this IServiceCollection services)
    {
        services.Configure<JsonOptions>(options => Configure(options.SerializerOptions));
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddOpenApi(options => options
            .AddSchemaTransformer<ProtocolDocumentSchemas>()
            .AddSchemaTransformer<ProblemSchemas>()
            .AddSchemaTransformer<ExactNullability>()
            .AddOperationTransformer<SharedAnswers>()
            .AddDocumentTransformer<BearerSecurityScheme>()
            .AddDocumentTransformer<HealthProbesDocument>()
            .AddDocumentTransformer<DocumentOverview>());
        return services;
    }

    public static void Configure(JsonSerializerOptions json)
    {
        json.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        json.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        // A member sent twice (in any case: names match ignoring case) would let the last copy silently win.
        json.AllowDuplicateProperties = false;
        // "60" is not a dose: numbers must be JSON numbers.
        json.NumberHandling = JsonNumberHandling.Strict;
    }
}

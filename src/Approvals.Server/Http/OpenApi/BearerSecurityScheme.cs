using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Approvals.Server.Http.OpenApi;

/// <summary>
/// Tells the OpenAPI document, and so the API reference page, how calls carry a JWT bearer token. Which operations need
/// one is said per operation, from its authorisation metadata (<see cref="SharedAnswers"/>).
/// </summary>
public sealed class BearerSecurityScheme : IOpenApiDocumentTransformer
{
    public const string Name = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Name] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A token from your identity provider; in Development, from POST /dev/token.",
        };
        return Task.CompletedTask;
    }
}

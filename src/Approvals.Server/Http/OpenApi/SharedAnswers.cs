using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Approvals.Server.Http.OpenApi;

/// <summary>
/// Documents the answers endpoints share, from what each endpoint declares rather than endpoint by endpoint: its
/// authorisation (the bearer requirement, 401 without a valid token, 403 without the role), the ids in its route (404),
/// its body (400 unreadable, 413 over <see cref="RequestBodyLimit.MaxBytes"/>, 415 not JSON), a query or header value
/// that may not parse (400), and writes (429 from the rate limiter). Each is an RFC 9457 problem. An answer the endpoint
/// documents itself is left as it is.
/// </summary>
public sealed class SharedAnswers : IOpenApiOperationTransformer
{
    const string ProblemJson = "application/problem+json";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var document = context.Document!;
        operation.Responses ??= [];

        var authorized = !metadata.OfType<IAllowAnonymous>().Any() && metadata.Any(m => m is IAuthorizeData or AuthorizationPolicy);
        operation.Security = authorized
            ? [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerSecurityScheme.Name, document)] = [] }]
            : [];

        var parameters = description.ParameterDescriptions;
        var hasBody = parameters.Any(p => p.Source == BindingSource.Body);
        var mayNotParse = parameters.Any(p => (p.Source == BindingSource.Query || p.Source == BindingSource.Header) && p.Type != typeof(string));

        async Task Add(int status, string text, Type schema, Action<OpenApiResponse>? more = null)
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (operation.Responses.ContainsKey(key))
                return;
            var response = new OpenApiResponse
            {
                Description = text,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    [ProblemJson] = new OpenApiMediaType { Schema = await ReferenceAsync(schema, context, cancellationToken) },
                },
            };
            more?.Invoke(response);
            operation.Responses[key] = response;
        }

        if (hasBody || mayNotParse)
            await Add(StatusCodes.Status400BadRequest, "Invalid fields, a value that does not parse, or malformed JSON; `errors` names each field.",
                typeof(HttpValidationProblemDetails));
        if (authorized)
        {
            await Add(StatusCodes.Status401Unauthorized, "No token, or one that is invalid or expired; signed steps also refuse a sign-in that is not recent.",
                typeof(ProblemDetails), response => response.Headers = new Dictionary<string, IOpenApiHeader>
                {
                    ["WWW-Authenticate"] = new OpenApiHeader { Description = "The Bearer challenge (RFC 6750, RFC 9470).", Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                });
            await Add(StatusCodes.Status403Forbidden, "The token lacks the role this endpoint needs.", typeof(ProblemDetails));
        }

        if (parameters.Any(p => p.Source == BindingSource.Path))
            await Add(StatusCodes.Status404NotFound, "No such resource, or none visible to you.", typeof(ProblemDetails));
        if (hasBody)
        {
            await Add(StatusCodes.Status413PayloadTooLarge, $"The body is over {RequestBodyLimit.MaxBytes} bytes.", typeof(ProblemDetails));
            await Add(StatusCodes.Status415UnsupportedMediaType, "The body is not sent as application/json.", typeof(ProblemDetails));
        }

        if (HttpMethods.IsPost(description.HttpMethod ?? ""))
        {
            await Add(StatusCodes.Status429TooManyRequests, "Too many writes from this caller; try again after Retry-After seconds.", typeof(ProblemDetails),
                response => response.Headers = new Dictionary<string, IOpenApiHeader>
                {
                    ["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } },
                });
        }
    }

    /// <summary>The problem type's shared component, created once per document, as endpoints declaring problems name it.</summary>
    static async Task<IOpenApiSchema> ReferenceAsync(Type type, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        if (document.Components?.Schemas?.ContainsKey(type.Name) != true)
            document.AddComponent(type.Name, (IOpenApiSchema)await context.GetOrCreateSchemaAsync(type, null, cancellationToken));
        return new OpenApiSchemaReference(type.Name, document);
    }
}

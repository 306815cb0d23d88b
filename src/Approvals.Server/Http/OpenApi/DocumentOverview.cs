using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Approvals.Server.Http.OpenApi;

/// <summary>What the document is about, what each tag groups, and server addresses without a trailing slash.</summary>
public sealed class DocumentOverview : IOpenApiDocumentTransformer
{
    static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Requests"] = "Prescribers submit and follow their requests; reviewers act on approvals in force.",
        ["Reviews"] = "The review queue: decisions by reviewers, opinions by specialists.",
        ["Audit"] = "The append-only, hash-chained audit trail, its exports, verification and metrics; auditors only.",
        ["Protocols"] = "Versioned protocol documents: dose tiers, clocks and caps; admins only.",
        ["Development"] = "Development environment only.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Approvals";
        document.Info.Description = "Case-by-case authorisation of off-label prescriptions. Every failure is an RFC 9457 problem "
            + "(application/problem+json); lists answer {items, nextCursor}.";
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description))
                tag.Description = description;
        }

        foreach (var server in document.Servers ?? [])
            server.Url = server.Url?.TrimEnd('/');
        return Task.CompletedTask;
    }
}

using System.Security.Claims;
using Approvals.Domain.Protocols;
using Approvals.Http;
using Approvals.Intake.Persistence;
using Approvals.Intake.Protocols;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Approvals.Intake.Api;

/// <summary>Protocol versions for admins: list, read and publish. Published versions are never changed or removed.</summary>
public static class ProtocolEndpoints
{
    public const string Path = "/api/v1/protocols";

    public static RouteGroupBuilder MapProtocols(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Path).WithTags("Protocols").RequireAuthorization(Policies.ManageProtocols);

        group.MapGet("/", List).WithName("listProtocols")
            .WithSummary("Every protocol with its versions (number, effective date, title, cap) and the version in force now.");
        group.MapGet("/{id}/versions/{version:int}", Get).WithName("getProtocolVersion")
            .WithSummary("One protocol version: the whole document as published, in the same format as the protocol files.");
        group.MapPost("/{id}/versions", Publish).WithName("publishProtocolVersion")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Publish a new version of a protocol, effective from its effectiveFrom; durations are ISO 8601 (P180D, PT72H).");
        return group;
    }

    public static string VersionPath(string protocolId, int version) => $"{Path}/{protocolId}/versions/{version}";

    /// <summary>
    /// Shaped like every list, but one page: a deployment runs a handful of protocols with a few versions each, so
    /// <c>nextCursor</c> is always null.
    /// </summary>
    static async Task<Ok<Page<ProtocolSummary>>> List(ProtocolStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var versions = await store.AllAsync(cancellationToken);
        return TypedResults.Ok(new Page<ProtocolSummary>(
            [.. versions.GroupBy(v => v.ProtocolId, StringComparer.Ordinal).Select(g => ProtocolSummary.From(g.Key, [.. g], now))], NextCursor: null));
    }

    static async Task<Results<Ok<ProtocolDocument>, ProblemHttpResult>> Get(
        string id, int version, ProtocolStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(id, version, cancellationToken) is { } record
            ? TypedResults.Ok(ProtocolJson.Parse(record.Document))
            : Problems.NotFound("protocol version");

    static async Task<Results<Created<ProtocolDocument>, ProblemHttpResult>> Publish(
        string id, ProtocolDocument body, ClaimsPrincipal principal, IntakeDbContext db, ProtocolStore store, ProtocolPublisher publisher,
        TimeProvider clock, ILogger<ProtocolPublisher> logger, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var published = await store.VersionsOfAsync(id, cancellationToken);
        // The version is closed whatever the body says now: answer that before judging the body.
        if (body.ProtocolId == id && published.Any(p => p.Version == body.Version))
            return AlreadyPublished(id, body.Version!.Value, published.Max(p => p.Version));

        var validation = ProtocolValidator.Validate(body);
        var errors = validation.Errors;
        if (body.ProtocolId is { Length: > 0 } bodyId && bodyId != id)
            errors.Add("protocolId", $"The document is a version of '{bodyId}' but was posted to '{id}'.");
        ProtocolPublicationRules.Check(body, published, now, errors);
        if (!errors.IsEmpty)
            return Problems.Unprocessable(errors, "The protocol version cannot be published.");

        var version = validation.Version!;
        var admin = CurrentUser.From(principal);
        publisher.Stage(version, body, admin.Id, sourceFile: null, now, admin.Name);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent publication of the same number got there first; its announcement went with it, ours with nothing.
            db.ChangeTracker.Clear();
            if (await store.FindAsync(id, version.Version, cancellationToken) is null)
                throw;
            logger.LogInformation("{ProtocolId} version {Version} was published concurrently by another admin first", id, version.Version);
            return AlreadyPublished(id, version.Version, version.Version);
        }

        return TypedResults.Created(VersionPath(id, version.Version), body);
    }

    static ProblemHttpResult AlreadyPublished(string id, int version, int latest) =>
        Problems.Conflict($"{id} version {version} is already published, and published versions never change; publish version {latest + 1} instead.");
}

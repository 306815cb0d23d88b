using Approvals.Contracts;
using Approvals.Domain.Protocols;
using Approvals.Http;
using Approvals.Intake.Protocols;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Approvals.Intake.Api;

/// <summary>
/// The protocol versions in force now, with the rules a prescriber needs before submitting: indications, cap, dose
/// tiers and follow-up interval. Published rules, readable by every role; the admin list (<see cref="ProtocolEndpoints"/>)
/// stays for managing versions.
/// </summary>
public static class ProtocolsInForceEndpoint
{
    public static IEndpointRouteBuilder MapProtocolsInForce(this IEndpointRouteBuilder app)
    {
        app.MapGet(ProtocolEndpoints.Path + "/in-force", List).WithTags("Protocols").RequireAuthorization(Policies.ReadProtocols)
            .WithName("listProtocolsInForce")
            .WithSummary("The version of each protocol in force now, with its indications, cap, dose tiers and follow-up interval.");
        return app;
    }

    /// <summary>One page, like the admin list: a deployment runs a handful of protocols.</summary>
    static async Task<Ok<Page<ProtocolInForce>>> List(ProtocolStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var versions = await store.AllAsync(cancellationToken);
        var inForce = versions.GroupBy(v => v.ProtocolId, StringComparer.Ordinal)
            .Select(g => VersionInForce.At(g, now))
            .OfType<Persistence.ProtocolVersionRecord>()
            .Select(v => ProtocolInForce.From(v.ToVersion()));
        return TypedResults.Ok(new Page<ProtocolInForce>([.. inForce], NextCursor: null));
    }
}

/// <param name="FollowUpInterval">ISO 8601 duration (P31D): a renewal needs a follow-up assessed within it.</param>
public sealed record ProtocolInForce(
    string ProtocolId, int Version, string Title, IReadOnlyList<string> Indications, decimal MaxDailyDoseMg,
    IReadOnlyList<DoseTierView> DoseTiers, string FollowUpInterval)
{
    public static ProtocolInForce From(ProtocolVersion v) =>
        new(v.ProtocolId, v.Version, v.Title, v.Indications, v.MaxDailyDoseMg,
            [.. v.DoseTiers.Select(t => new DoseTierView(t.UpToMg, t.Review, t.Review == ReviewLevel.Collegial ? t.Specialists : null))],
            IsoDuration.From(v.FollowUpInterval).Text);
}

/// <summary>Doses above the previous tier, up to and including <paramref name="UpToMg"/>, need <paramref name="Review"/>.</summary>
/// <param name="Specialists">Distinct specialists a collegial review needs; null for other reviews.</param>
public sealed record DoseTierView(decimal UpToMg, ReviewLevel Review, int? Specialists);

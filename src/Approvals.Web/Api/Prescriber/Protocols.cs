namespace Approvals.Web.Api.Prescriber;

/// <summary>A protocol version in force (<c>GET /api/v1/protocols/in-force</c>).</summary>
/// <param name="FollowUpInterval">ISO 8601 duration, e.g. P31D.</param>
public sealed record ProtocolInForce(
    string ProtocolId, int Version, string Title, IReadOnlyList<string> Indications, decimal MaxDailyDoseMg,
    IReadOnlyList<DoseTier> DoseTiers, string FollowUpInterval);

/// <summary>Doses above the previous tier, up to and including <paramref name="UpToMg"/>, need <paramref name="Review"/>.</summary>
/// <param name="Review">single, single-expert-recommended or collegial.</param>
public sealed record DoseTier(decimal UpToMg, string Review, int? Specialists);

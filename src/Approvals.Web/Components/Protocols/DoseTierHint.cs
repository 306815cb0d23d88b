using Approvals.ApiClient;

namespace Approvals.Web.Components.Protocols;

/// <summary>What a daily dose needs under a protocol's tiers, as the API will judge it.</summary>
public enum DoseNeed
{
    /// <summary>No dose entered yet.</summary>
    Unknown,

    /// <summary>Zero or negative: not a dose the API accepts.</summary>
    NotADose,

    SingleReview,
    ExpertOpinionRecommended,
    Collegial,

    /// <summary>Above the protocol's cap: denied without review.</summary>
    AboveMaximum,
}

/// <param name="Specialists">For <see cref="DoseNeed.Collegial"/>, how many distinct specialists must give an opinion.</param>
/// <param name="TierIndex">The tier the dose falls in, or null when it falls in none.</param>
public sealed record DoseHint(DoseNeed Need, int Specialists = 0, int? TierIndex = null);

/// <summary>One tier as a range: doses above <see cref="AboveMg"/>, up to and including <see cref="UpToMg"/>.</summary>
public sealed record TierRange(decimal AboveMg, decimal UpToMg, DoseNeed Need, int Specialists);

/// <summary>
/// The tier rules of a protocol as the API applies them: doses above the previous tier, up to and including a tier's
/// bound, need that tier's review; above the last tier (the cap) the request is denied.
/// </summary>
public static class DoseTierHint
{
    public static DoseHint For(ProtocolInForce protocol, decimal? dailyDoseMg)
    {
        if (dailyDoseMg is not { } dose)
            return new DoseHint(DoseNeed.Unknown);
        if (dose <= 0)
            return new DoseHint(DoseNeed.NotADose);
        if (dose > (decimal)protocol.MaxDailyDoseMg)
            return new DoseHint(DoseNeed.AboveMaximum);

        var ranges = Ranges(protocol);
        for (var i = 0; i < ranges.Count; i++)
        {
            if (dose <= ranges[i].UpToMg)
                return new DoseHint(ranges[i].Need, ranges[i].Specialists, i);
        }

        // Tiers end at the cap (the API refuses any other protocol), so this is a dose above the last tier.
        return new DoseHint(DoseNeed.AboveMaximum);
    }

    /// <summary>
    /// The row of the tier table to mark for <paramref name="dailyDoseMg"/>: a tier's index, the row after the last
    /// tier for a dose above the cap, or null for no dose (or not a dose).
    /// </summary>
    public static int? MarkedRow(ProtocolInForce protocol, decimal? dailyDoseMg) => For(protocol, dailyDoseMg) switch
    {
        { TierIndex: { } tier } => tier,
        { Need: DoseNeed.AboveMaximum } => protocol.DoseTiers.Count,
        _ => null,
    };

    public static IReadOnlyList<TierRange> Ranges(ProtocolInForce protocol)
    {
        var ranges = new List<TierRange>();
        var above = 0m;
        foreach (var tier in protocol.DoseTiers.OrderBy(t => t.UpToMg))
        {
            var need = NeedOf(tier.Review);
            // The API's doses are decimals sent as JSON numbers; the client reads them as double.
            var upTo = (decimal)tier.UpToMg;
            ranges.Add(new TierRange(above, upTo, need, need == DoseNeed.Collegial ? tier.Specialists ?? 0 : 0));
            above = upTo;
        }

        return ranges;
    }

    static DoseNeed NeedOf(string review) => review switch
    {
        "single" => DoseNeed.SingleReview,
        "single-expert-recommended" => DoseNeed.ExpertOpinionRecommended,
        "collegial" => DoseNeed.Collegial,
        _ => throw new ArgumentOutOfRangeException(nameof(review), review, "A review level this web app does not know."),
    };
}

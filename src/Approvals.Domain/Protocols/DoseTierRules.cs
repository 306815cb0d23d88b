using Approvals.Contracts;

namespace Approvals.Domain.Protocols;

/// <summary>
/// The tiers and the cap checked together: tiers ascend without overlap, and the last one ends exactly at the cap, so
/// every dose up to the cap has one review and every dose above it is denied.
/// </summary>
internal static class DoseTierRules
{
    public static List<DoseTier>? Check(IReadOnlyList<DoseTierDocument?>? tiers, decimal? maxDailyDoseMg, ValidationErrors errors)
    {
        var cap = ProtocolValidator.PositiveDose(maxDailyDoseMg, "maxDailyDoseMg", errors);
        if (tiers is not { Count: > 0 })
        {
            errors.Add("doseTiers", "Required: at least one tier.");
            return null;
        }

        if (tiers.Count > ProtocolValidator.MaxTiers)
            errors.Add("doseTiers", $"At most {ProtocolValidator.MaxTiers}.");

        var checkedTiers = new List<DoseTier?>();
        for (var i = 0; i < tiers.Count; i++)
            checkedTiers.Add(CheckTier(tiers[i], $"doseTiers[{i}]", errors));

        var bounds = tiers.Select(t => t?.UpToMg is > 0 ? t.UpToMg : null).ToList();
        var sound = tiers.Count <= ProtocolValidator.MaxTiers && !checkedTiers.Contains(null);
        sound &= InOrder(bounds, errors);
        if (cap is { } max && bounds[^1] is { } last)
            sound &= EndsAtCap(bounds, max, last, errors);

        return sound ? [.. checkedTiers.OfType<DoseTier>()] : null;
    }

    static DoseTier? CheckTier(DoseTierDocument? tier, string path, ValidationErrors errors)
    {
        if (tier is null)
        {
            errors.Add(path, "Required: upToMg and review.");
            return null;
        }

        var upTo = ProtocolValidator.PositiveDose(tier.UpToMg, $"{path}.upToMg", errors);
        var specialists = 0;
        switch (tier.Review)
        {
            case null:
                errors.Add($"{path}.review", "Required: single, single-expert-recommended or collegial.");
                return null;
            case ReviewLevel.Collegial when tier.Specialists is not { } count || count < ProtocolValidator.MinSpecialists:
                errors.Add($"{path}.specialists", $"A collegial review needs at least {ProtocolValidator.MinSpecialists} distinct specialists.");
                return null;
            case ReviewLevel.Collegial:
                specialists = tier.Specialists!.Value;
                break;
            default:
                if (tier.Specialists is not null)
                {
                    errors.Add($"{path}.specialists", "Only a collegial tier names specialists.");
                    return null;
                }

                break;
        }

        return upTo is { } bound ? new DoseTier(bound, tier.Review.Value, specialists) : null;
    }

    /// <summary>Each bound above the one before; a tier whose bound is missing or invalid is skipped, as it is already named.</summary>
    static bool InOrder(List<decimal?> bounds, ValidationErrors errors)
    {
        var inOrder = true;
        decimal? previous = null;
        for (var i = 0; i < bounds.Count; i++)
        {
            if (bounds[i] is not { } bound)
                continue;
            if (previous is { } before && bound <= before)
            {
                errors.Add($"doseTiers[{i}].upToMg", bound == before
                    ? $"Overlaps the tier before, which also ends at {before} mg/day: tiers ascend without overlap."
                    : $"Below the tier before, which ends at {before} mg/day: tiers ascend without overlap.");
                inOrder = false;
            }
            else
                previous = bound;
        }

        return inOrder;
    }

    static bool EndsAtCap(List<decimal?> bounds, decimal cap, decimal last, ValidationErrors errors)
    {
        if (cap > last)
        {
            errors.Add("maxDailyDoseMg",
                $"Above the last tier, which ends at {last} mg/day: no tier reaches the cap, so doses between would need no review.");
            return false;
        }

        if (cap == last)
            return true;
        errors.Add("maxDailyDoseMg", $"Below the last tier, which ends at {last} mg/day: the last tier ends at the cap.");
        for (var i = 1; i < bounds.Count; i++)
        {
            if (bounds[i - 1] is { } start && start >= cap)
                errors.Add($"doseTiers[{i}]", $"Starts above the cap of {cap} mg/day: no dose can reach it.");
        }

        return false;
    }
}

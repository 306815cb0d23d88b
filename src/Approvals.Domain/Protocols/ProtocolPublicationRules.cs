namespace Approvals.Domain.Protocols;

/// <summary>
/// What publishing a version through the API may not do, beyond being a valid document: rewrite the past. Each request
/// records the version in force when it was submitted; a version taking effect before its publication, or numbered
/// below one already published, would make that record disagree with the catalog.
/// </summary>
public static class ProtocolPublicationRules
{
    /// <summary>
    /// Adds to <paramref name="errors"/> what keeps <paramref name="document"/> from being published at
    /// <paramref name="now"/> next to <paramref name="published"/>, the versions of its protocol already stored.
    /// </summary>
    public static void Check(ProtocolDocument document, IReadOnlyCollection<IEffectiveVersion> published, DateTimeOffset now, ValidationErrors errors)
    {
        if (document.EffectiveFrom is { } from && from < now)
            errors.Add("effectiveFrom", $"Not in the past: a version takes effect at or after its publication ({now:O}).");
        if (document.Version is { } version && published.Count > 0 && published.Max(p => p.Version) is var latest && version <= latest)
            errors.Add("version", $"Above the latest published version, {latest}.");
        if (document.EffectiveFrom is { } effective && published.Count > 0 && published.Max(p => p.EffectiveFrom) is var last && effective < last)
            errors.Add("effectiveFrom", $"At or after {last:O}, when the latest published version takes effect: later versions take effect later.");
    }
}

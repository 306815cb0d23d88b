namespace Approvals.Domain.Protocols;

/// <summary>Which version of one protocol is in force at a given instant.</summary>
public static class VersionInForce
{
    /// <summary>
    /// The version that took effect last at or before <paramref name="at"/>; of two effective at the same instant, the
    /// higher number. Null when none has taken effect yet. <paramref name="versions"/> are all of one protocol.
    /// </summary>
    public static T? At<T>(IEnumerable<T> versions, DateTimeOffset at) where T : class, IEffectiveVersion =>
        versions.Where(v => v.EffectiveFrom <= at).OrderBy(v => v.EffectiveFrom).ThenBy(v => v.Version).LastOrDefault();
}

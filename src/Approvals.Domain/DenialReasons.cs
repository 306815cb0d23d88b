namespace Approvals.Domain;

/// <summary>
/// Coded denial reasons: CMS-0057-F wants a specific reason on every denial, and codes make the reasons countable.
/// </summary>
public static class DenialReasons
{
    public const string NotEligible = "NOT_ELIGIBLE";
    public const string Contraindicated = "CONTRAINDICATED";
    public const string InsufficientEvidence = "INSUFFICIENT_EVIDENCE";
    public const string AlternativeAvailable = "ALTERNATIVE_AVAILABLE";
    public const string DoseNotJustified = "DOSE_NOT_JUSTIFIED";
    public const string IncompleteInformation = "INCOMPLETE_INFORMATION";
    public const string AboveProtocolMax = "ABOVE_PROTOCOL_MAX";
    public const string Other = "OTHER";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        NotEligible, Contraindicated, InsufficientEvidence, AlternativeAvailable, DoseNotJustified,
        IncompleteInformation, AboveProtocolMax, Other,
    };

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);
}

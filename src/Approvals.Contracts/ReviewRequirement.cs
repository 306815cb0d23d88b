using System.Diagnostics.CodeAnalysis;

namespace Approvals.Contracts;

/// <summary>How much review a dose needs under the protocol version in force at submission.</summary>
[SuppressMessage("Naming", "CA1720", Justification = "The protocol documents call this level 'single'.")]
public enum ReviewLevel
{
    /// <summary>One reviewer decides.</summary>
    Single,

    /// <summary>One reviewer decides; approving without a specialist's opinion needs a stated reason.</summary>
    SingleExpertRecommended,

    /// <summary>Approval needs opinions recommending it from <see cref="ReviewRequirement.Specialists"/> distinct specialists.</summary>
    Collegial,
}

public sealed record ReviewRequirement(ReviewLevel Level, int Specialists);

using Approvals.Contracts;

namespace Approvals.Domain.Protocols;

/// <summary>What a protocol version says about a daily dose: the review it needs, or an automatic denial.</summary>
public abstract record DoseRuling
{
    DoseRuling()
    {
    }

    /// <summary>The dose falls in <paramref name="Tier"/>: its review decides (for a collegial one, with its specialists).</summary>
    public sealed record NeedsReview(DoseTier Tier) : DoseRuling
    {
        public ReviewRequirement Requirement => Tier.Requirement;
    }

    /// <summary>Above the protocol's cap: denied without review, with a coded reason.</summary>
    public sealed record Denied(string ReasonCode, string Detail) : DoseRuling;
}

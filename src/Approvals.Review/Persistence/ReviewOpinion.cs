using Approvals.Contracts;
using Approvals.Persistence;

namespace Approvals.Review.Persistence;

/// <summary>A specialist's signed opinion on one review round; at most one per specialist and review.</summary>
public sealed class ReviewOpinion
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public string SpecialistId { get; set; } = null!;
    public string SpecialistName { get; set; } = null!;
    public OpinionRecommendation Recommendation { get; set; }

    /// <summary>The highest daily dose the specialist supports; set exactly when they recommend approval.</summary>
    public decimal? SupportedDailyDoseMg { get; set; }

    public string Rationale { get; set; } = null!;
    public DateTimeOffset RecordedAt { get; set; }
    public StoredSignature Signature { get; set; } = null!;
}

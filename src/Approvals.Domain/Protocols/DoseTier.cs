using Approvals.Contracts;

namespace Approvals.Domain.Protocols;

/// <summary>Doses above the previous tier, up to and including <see cref="UpToMg"/>, need <see cref="Review"/>.</summary>
/// <param name="Specialists">Distinct specialists whose opinions a collegial review needs; 0 for other reviews.</param>
public sealed record DoseTier(decimal UpToMg, ReviewLevel Review, int Specialists)
{
    /// <summary>The tier's review in the form messages carry it to the review round.</summary>
    public ReviewRequirement Requirement => new(Review, Specialists);
}

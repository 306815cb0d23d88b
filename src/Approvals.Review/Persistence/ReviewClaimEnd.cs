using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Approvals.Review.Persistence;

/// <summary>Nobody works a closed round: its decision or cancellation ends the claim, with no event of its own.</summary>
public static class ReviewClaimEnd
{
    /// <summary>
    /// Clears the claim and writes the cleared columns even when they were already empty when the review was read: a
    /// claim taken since (claims leave the version alone, so the save does not fail) ends with the round all the same.
    /// </summary>
    public static void EndClaim(this EntityEntry<ReviewItem> review)
    {
        review.Entity.EndClaim();
        review.Property(r => r.ClaimedBy).IsModified = true;
        review.Property(r => r.ClaimedByName).IsModified = true;
        review.Property(r => r.ClaimedAt).IsModified = true;
    }
}

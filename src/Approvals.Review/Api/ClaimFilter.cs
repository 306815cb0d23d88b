using Approvals.Review.Persistence;

namespace Approvals.Review.Api;

/// <summary>The queue's <c>claimed</c> filter, from the caller's point of view.</summary>
public enum ClaimFilter
{
    /// <summary>Claimed by the caller.</summary>
    Mine,

    /// <summary>Claimed by nobody.</summary>
    Unclaimed,

    /// <summary>Claimed by another reviewer.</summary>
    Others,
}

internal static class ClaimFilters
{
    public static IQueryable<ReviewItem> Apply(this ClaimFilter filter, IQueryable<ReviewItem> reviews, string userId) => filter switch
    {
        ClaimFilter.Mine => reviews.Where(r => r.ClaimedBy == userId),
        ClaimFilter.Unclaimed => reviews.Where(r => r.ClaimedBy == null),
        ClaimFilter.Others => reviews.Where(r => r.ClaimedBy != null && r.ClaimedBy != userId),
        _ => throw new ArgumentOutOfRangeException(nameof(filter), filter, null),
    };
}

namespace Approvals.Review.Api;

/// <summary>Optional body of <c>POST /api/v1/reviews/{id}/claim</c>.</summary>
/// <param name="TakeOver">Take the claim from the reviewer who holds it; without it, a review claimed by another is 409.</param>
public sealed record ClaimRequest(bool? TakeOver = null);

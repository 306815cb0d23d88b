namespace Approvals.Review.Consumers;

/// <summary>A command overtook the review's OpenReview; the retry policy replays it once the review exists.</summary>
public sealed class ReviewNotYetOpenException(Guid reviewId) : Exception($"Review {reviewId} has not been opened yet.");

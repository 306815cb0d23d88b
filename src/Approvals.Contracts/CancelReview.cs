namespace Approvals.Contracts;

/// <summary>The case ended without a decision (withdrawal): the review leaves the queue.</summary>
public sealed record CancelReview(Guid RequestId, Guid ReviewId, string Reason, DateTimeOffset CancelledAt);

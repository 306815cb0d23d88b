namespace Approvals.Contracts;

/// <summary>The prescriber's answer arrived: the review goes back into the queue.</summary>
public sealed record ResumeReview(Guid RequestId, Guid ReviewId, string Answer, DateTimeOffset AnsweredAt);

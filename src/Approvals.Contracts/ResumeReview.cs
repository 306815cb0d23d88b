namespace Approvals.Contracts;

/// <summary>
/// The prescriber's answer arrived: the review goes back into the queue, due later by as long as the clock stood
/// still. <paramref name="DueAt"/> is absent from messages sent before it existed; the review keeps its due time then.
/// </summary>
public sealed record ResumeReview(Guid RequestId, Guid ReviewId, string Answer, DateTimeOffset AnsweredAt, DateTimeOffset? DueAt = null);

using System.Diagnostics.Metrics;
using Approvals.Contracts;
using Approvals.Messaging.Diagnostics;
using Approvals.Review.Persistence;

namespace Approvals.Review;

/// <summary>
/// How the review clocks are kept: the clock left when a reviewer acts on a review (decides, or stops the clock with
/// questions), negative once past due, and the reviews that ran out of time. Tagged by urgency and outcome only.
/// </summary>
internal static class ReviewMetrics
{
    static readonly Histogram<double> ClockRemaining = ApprovalsTelemetry.Meter.CreateHistogram<double>(
        "approvals.reviews.clock_remaining", "h", "Review clock left when a reviewer decides or asks for information; negative when overdue.");

    static readonly Counter<long> WentOverdue = ApprovalsTelemetry.Meter.CreateCounter<long>(
        "approvals.reviews.overdue", "{review}", "Reviews whose clock ran out before a decision.");

    public static void ReviewerActed(ReviewItem review, DecisionOutcome outcome, DateTimeOffset now) =>
        ClockRemaining.Record((review.DueAt - now).TotalHours,
            ApprovalsTelemetry.Tag("urgency", review.Urgency), ApprovalsTelemetry.Tag("outcome", outcome));

    public static void Overdue(ReviewItem review) => WentOverdue.Add(1, ApprovalsTelemetry.Tag("urgency", review.Urgency));
}

using System.Net;
using Approvals.Contracts;
using Approvals.Http;
using Approvals.Messaging.Bus;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Server.Tests.Infrastructure;

/// <summary>
/// A review opened with the requirement a protocol's dose tier gives it, by sending the server's review queue the
/// <see cref="OpenReview"/> the workflow would send.
/// </summary>
/// <remarks>
/// Why not a submission: intake does not yet judge doses against protocol tiers (that is being wired in parallel), and
/// the protocol in force caps doses at 80 mg/day, so no submission opens a collegial or expert-recommended review today.
/// The command reaches the review service exactly as the workflow's does. No saga exists for the request, so the
/// workflow does not act on the decision (its retries end in its error queue): these tests judge the review and the
/// audit trail, not the request's timeline.
/// </remarks>
public sealed record RequiredReviewCase(Guid RequestId, Guid ReviewId, string PrescriberId, HttpClient Reviewer, string ReviewerId)
{
    public const decimal CollegialDose = 250;
    public const decimal ExpertRecommendedDose = 150;

    public static Task<RequiredReviewCase> CollegialAsync(ApprovalsApiFactory api, int specialists = 2, string? prescriberId = null) =>
        OpenAsync(api, new ReviewRequirement(ReviewLevel.Collegial, specialists), CollegialDose, prescriberId);

    public static Task<RequiredReviewCase> ExpertRecommendedAsync(ApprovalsApiFactory api) =>
        OpenAsync(api, new ReviewRequirement(ReviewLevel.SingleExpertRecommended, 0), ExpertRecommendedDose);

    public static async Task<RequiredReviewCase> OpenAsync(ApprovalsApiFactory api, ReviewRequirement? requirement, decimal dailyDoseMg,
        string? prescriberId = null)
    {
        var requestId = NewId.NextGuid();
        var reviewId = NewId.NextGuid();
        var prescriber = prescriberId ?? Users.NewId("prescriber");
        var now = DateTimeOffset.UtcNow;
        var review = await api.Services.GetRequiredService<IBus>().GetSendEndpoint(ServiceAddresses.Review);
        await review.Send(new OpenReview(requestId, reviewId, ReviewKind.Initial, prescriber, SubmissionBodies.ProtocolId, 1, dailyDoseMg,
            Urgency.Standard, now, now.AddDays(7), ValidityStartsAt: null, requirement));

        var reviewerId = Users.NewId("reviewer");
        var reviewer = await api.ClientAsync(reviewerId, Roles.Reviewer);
        // Polled by status code: the review is 404 until the command has been consumed.
        await Eventually.UntilAsync(
            async () =>
            {
                using var response = await reviewer.GetAsync($"{ReviewsApi.Path}/{reviewId}");
                return response.StatusCode;
            },
            status => status == HttpStatusCode.OK,
            $"review {reviewId} to open");
        return new RequiredReviewCase(requestId, reviewId, prescriber, reviewer, reviewerId);
    }
}

using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Collegial;

/// <summary>
/// The queue reads its rows without their opinions and the opinions of its collegial reviews apart (ADR 0011): each
/// item's missing opinions must still be what the review itself shows.
/// </summary>
public sealed class When_the_queue_lists_reviews_with_opinions(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Fact]
    public async Task Should_count_the_opinions_of_collegial_reviews_as_each_review_does()
    {
        var collegial = await RequiredReviewCase.CollegialAsync(api, specialists: 2);
        var untouched = await RequiredReviewCase.CollegialAsync(api, specialists: 2);
        var expert = await RequiredReviewCase.ExpertRecommendedAsync(api);
        using var specialist = await api.SpecialistAsync();
        using var colleague = await api.SpecialistAsync();
        await specialist.OpineAcceptedAsync(collegial.ReviewId, Opinions.Approve(RequiredReviewCase.CollegialDose));
        await colleague.OpineAcceptedAsync(collegial.ReviewId, Opinions.Deny());
        await specialist.OpineAcceptedAsync(expert.ReviewId, Opinions.Approve(RequiredReviewCase.ExpertRecommendedDose));

        var queue = (await collegial.Reviewer.ListAllAsync("/api/v1/reviews?status=open")).ToDictionary(i => i.Str("id")!);

        foreach (var (review, missing) in new[] { (collegial, 1), (untouched, 2), (expert, 0) })
        {
            var detail = await collegial.Reviewer.GetReviewAsync(review.ReviewId);
            var item = queue[review.ReviewId.ToString()];
            Assert.Equal((missing, missing), (item["missingOpinions"]!.GetValue<int>(), detail["missingOpinions"]!.GetValue<int>()));
        }
    }
}

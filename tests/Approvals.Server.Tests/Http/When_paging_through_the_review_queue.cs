using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Http;

/// <summary>The queue is shared by all reviewers, so this class's server holds only the reviews it creates.</summary>
public sealed class When_paging_through_the_review_queue(ApprovalsApiFactory api) : IClassFixture<ApprovalsApiFactory>
{
    const int PageSize = 3;

    [Fact]
    public async Task Should_serve_every_review_once_earliest_due_first_and_put_later_ones_at_the_end()
    {
        using var prescriber = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);
        using var reviewer = await api.ClientAsync(Users.NewId("reviewer"), Roles.Reviewer);
        // Submitted one after another: the expedited ones are due days before the standard ones.
        var standard = new List<Guid>();
        for (var i = 0; i < 5; i++)
            standard.Add(await prescriber.SubmitValidAsync(SubmissionBodies.Valid(urgency: "standard")));
        var expedited = new List<Guid>();
        for (var i = 0; i < 2; i++)
            expedited.Add(await prescriber.SubmitValidAsync(SubmissionBodies.Valid(urgency: "expedited")));
        foreach (var id in standard.Concat(expedited))
            await reviewer.WaitForOpenReviewAsync(id);

        var walked = new List<Guid>();
        Guid? latecomer = null;
        string? cursor = null;
        do
        {
            var page = await reviewer.ListPageAsync(ReviewsApi.OpenQueue, PageSize, cursor);
            var items = page["items"]!.AsArray().Select(i => i!).ToList();
            Assert.InRange(items.Count, 1, PageSize);
            Assert.All(items, i => Assert.Equal("open", i.Str("status")));
            walked.AddRange(items.Select(i => i.Id("requestId")));
            cursor = page["nextCursor"]?.GetValue<string>();
            if (latecomer is null)
            {
                // A standard request submitted now is due after every other: the continuing walk ends with it.
                latecomer = await prescriber.SubmitValidAsync();
                await reviewer.WaitForOpenReviewAsync(latecomer.Value);
            }
        }
        while (cursor is not null);

        Assert.Equal([.. expedited, .. standard, latecomer!.Value], walked);
    }
}

using Approvals.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Approvals.Web.Tests.Reviewer;

public sealed class When_the_queue_stays_open(BrowserFixture fixture, ITestOutputHelper output) : ReviewerBrowserTest(fixture, output)
{
    [Fact]
    public async Task Should_show_another_reviewers_claim_without_reloading()
    {
        var (_, reviewId) = await Setup.SubmitAsync("baclofen-aud", 40);
        await SignInAsAsync($"rv-watcher-{Setup.Unique}", "reviewer");
        var refused = new List<string>();
        Page.Console += (_, message) =>
        {
            if (message.Type == "error")
                refused.Add(message.Text);
        };
        await OpenQueueAsync();
        await Expect(Page.GetByTestId($"claim-{reviewId}")).ToHaveTextAsync("Nobody");

        await Setup.ClaimAsOtherAsync(reviewId, $"rv-colleague-{Setup.Unique}");

        // The queue asks the API again every 15 s on its own.
        await Expect(Page.GetByTestId($"claim-{reviewId}")).ToHaveTextAsync(ReviewerSetup.NameOf($"rv-colleague-{Setup.Unique}"), new() { Timeout = 25_000 });
        await Expect(Page.GetByTestId($"review-{reviewId}").GetByRole(AriaRole.Button, new() { Name = $"Take over the review of {Setup.Pseudonym}" }))
            .ToBeVisibleAsync();
        // The live queue runs under the strict Content-Security-Policy without the browser refusing anything.
        Assert.Empty(refused);
    }

    [Fact]
    public async Task Should_read_in_french_with_the_countdown_in_french_units()
    {
        var (_, reviewId) = await Setup.SubmitAsync("baclofen-aud", 45);
        await SignInAsAsync($"rv-francais-{Setup.Unique}", "reviewer");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Français" }).ClickAsync();

        await OpenQueueAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "File d'évaluation", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId($"review-{reviewId}").GetByTestId("countdown")).ToContainTextAsync("reste 6 j");
        await Expect(Page.GetByTestId($"claim-{reviewId}")).ToHaveTextAsync("Personne");
        await AssertAccessibleAsync("queue-french");
    }
}

using Approvals.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Approvals.Web.Tests.Reviewer;

public sealed class When_reviewing_a_renewal(BrowserFixture fixture, ITestOutputHelper output) : ReviewerBrowserTest(fixture, output)
{
    [Fact]
    public async Task Should_show_the_follow_ups_as_chart_and_table_and_approve_without_asking_questions()
    {
        var (requestId, reviewId) = await Setup.SubmitAsync("baclofen-aud", 60);
        await Setup.ApproveAsync(requestId, reviewId);
        var renewalId = await Setup.RenewAsync(requestId);
        await SignInAsAsync($"rv-renewer-{Setup.Unique}", "reviewer");

        await OpenQueueAsync();
        await Page.GetByLabel("Kind").SelectOptionAsync("renewal");
        await Expect(Page.GetByTestId($"review-{renewalId}")).ToContainTextAsync("Renewal");
        await Expect(Page.GetByTestId($"review-{reviewId}")).ToHaveCountAsync(0);
        await Page.GetByTestId($"review-{renewalId}").GetByRole(AriaRole.Link).ClickAsync();

        await Expect(Page.GetByText("Abstinent for three months.", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("follow-ups")).ToContainTextAsync("somnolence");
        await Expect(Page.GetByTestId("follow-ups")).ToContainTextAsync("2.5");
        await Expect(Page.Locator("figure.chart svg polyline")).ToHaveCountAsync(2);
        await Expect(Page.GetByLabel("Ask the prescriber for information")).ToHaveCountAsync(0);
        await Expect(Page.GetByLabel("Questions for the prescriber")).ToHaveCountAsync(0);
        await AssertAccessibleAsync("renewal-review");

        await Page.GetByLabel("Approve", new() { Exact = true }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign and record the decision" }).ClickAsync();
        await Expect(Page.GetByTestId("decision-recorded")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("decision")).ToContainTextAsync("Approve");
    }
}

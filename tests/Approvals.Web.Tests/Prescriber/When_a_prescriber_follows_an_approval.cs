using Approvals.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Approvals.Web.Tests.Prescriber;

public sealed class When_a_prescriber_follows_an_approval(BrowserFixture fixture, ITestOutputHelper output) : PrescriberTest(fixture, output)
{
    [Fact]
    public async Task Should_report_a_follow_up_see_it_in_the_table_and_the_chart_then_request_a_renewal()
    {
        var protocolId = await Calls.PublishThreeTierProtocolAsync();
        var pseudonym = NewPseudonym();
        await SignInAsPrescriberAsync();
        var requestId = await SubmitRequestAsync(protocolId, pseudonym, 75);
        var reviewer = await Calls.TokenAsync("rx-reviewer", "reviewer");
        var review = await Calls.OpenReviewOfAsync(reviewer, requestId);
        await Calls.DecideAsync(reviewer, review, new { outcome = "approve-modified", approvedDailyDoseMg = 60, rationale = "Start below the requested dose." });

        await ReloadUntilAsync(Page.GetByTestId("status"), "Approved");
        await Expect(Page.GetByTestId("decision")).ToContainTextAsync("Approved at a modified dose");
        await Expect(Page.GetByTestId("decision")).ToContainTextAsync("Start below the requested dose.");
        await Expect(Page.GetByTestId("signature-meaning")).ToHaveTextAsync("Approval");
        await Expect(Page.GetByTestId("approved-dose")).ToHaveTextAsync("60 mg/day");
        await Expect(Page.GetByTestId("validity")).ToContainTextAsync("From ");
        await Expect(Page.GetByTestId("next-follow-up")).ToContainTextAsync("(Europe/Paris)");
        await Expect(Page.GetByTestId("no-follow-ups")).ToBeVisibleAsync();
        // No follow-up yet: the renewal is not offered, and the page says why.
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Request a renewal" })).ToBeDisabledAsync();
        await Expect(Page.GetByTestId("renewal-reason")).ToContainTextAsync("report a follow-up assessed on or after");
        await AssertAccessibleAsync("approved");

        await Page.GetByLabel("Drinks per day").FillAsync("2");
        await Page.GetByLabel("Adverse event since the last report").FillAsync("somnolence");
        await Page.GetByLabel("Notes", new() { Exact = true }).FillAsync("Craving reduced.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send the follow-up" }).ClickAsync();

        await Expect(Page.GetByTestId("done")).ToContainTextAsync("The follow-up was recorded.");
        var row = Page.GetByTestId("follow-ups").Locator("tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("60 mg/day");
        await Expect(row).ToContainTextAsync("somnolence");
        await Expect(row).ToContainTextAsync("Craving reduced.");
        var chart = Page.GetByTestId("follow-up-chart");
        await Expect(chart.Locator("circle.series-dose")).ToHaveCountAsync(1);
        await Expect(chart.Locator("rect.series-drinks")).ToHaveCountAsync(1);
        await Expect(Page.GetByRole(AriaRole.Img, new() { Name = "Dose and consumption over time" })).ToBeVisibleAsync();
        await AssertAccessibleAsync("follow-up-reported");

        await Page.GetByLabel("Notes for the renewal review").FillAsync("Abstinent since the last visit.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Request a renewal" }).ClickAsync();
        await Expect(Page.GetByTestId("done")).ToContainTextAsync("The renewal was asked for");
        await ReloadUntilAsync(Page.GetByTestId("renewal-status"), "Under review");
        await Expect(Page.GetByTestId("renewal-reason")).ToContainTextAsync("already under review");
        await Calls.OpenReviewOfAsync(reviewer, requestId, kind: "renewal");
        await AssertAccessibleAsync("renewal-under-review");
    }
}

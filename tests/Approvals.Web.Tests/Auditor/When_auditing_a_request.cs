using Approvals.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Approvals.Web.Tests.Auditor;

public sealed class When_auditing_a_request(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Should_find_its_trail_open_an_entry_verify_the_chain_and_download_the_entries()
    {
        using var service = new ServiceCalls(Fixture.Server.BaseAddress);
        var requestId = await service.SubmitRequestAsync("audit-test-prescriber-trail");
        var otherRequestId = await service.SubmitRequestAsync("audit-test-prescriber-other");
        await service.WaitForTrailAsync(requestId);
        await service.WaitForTrailAsync(otherRequestId);

        await SignInAsDemoAsync("m-dubois");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" }).GetByRole(AriaRole.Link, new() { Name = "Audit trail" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Audit trail", Level = 1 })).ToBeVisibleAsync();
        await AssertAccessibleAsync("trail");

        await Page.GetByLabel("Request id").FillAsync(requestId.ToString());
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        var entries = Page.GetByTestId("trail-entries");
        await Expect(entries.GetByText("submission.recorded")).ToBeVisibleAsync();
        await AssertAccessibleAsync("trail-filtered");

        await entries.GetByRole(AriaRole.Link, new() { Name = $"Trail of request {requestId}" }).First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Request trail", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("trail-request-id")).ToHaveTextAsync(requestId.ToString());
        await AssertAccessibleAsync("request-trail");

        var submission = Page.GetByTestId("trail-entries").GetByRole(AriaRole.Row).Filter(new() { HasText = "submission.recorded" });
        await submission.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Open entry") }).ClickAsync();
        await Expect(Page.GetByTestId("entry-action")).ToHaveTextAsync("submission.recorded");
        await Expect(Page.GetByTestId("entry-hash")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9a-f]{64}$"));
        await Expect(Page.GetByTestId("entry-previous-hash")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9a-f]{64}$"));
        await Expect(Page.GetByTestId("entry-values").GetByText("dailyDoseMg", new() { Exact = false }).First).ToBeVisibleAsync();
        await AssertAccessibleAsync("entry");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Chain verification" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Verify the chain" }).ClickAsync();
        await Expect(Page.GetByTestId("verification-outcome")).ToContainTextAsync("The chain is intact.");
        await Expect(Page.GetByTestId("verification-first-broken")).ToHaveTextAsync("None");
        var checkedEntries = long.Parse((await Page.GetByTestId("verification-entries").InnerTextAsync()).Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(checkedEntries >= 1, $"{checkedEntries} entries checked");
        await AssertAccessibleAsync("verification");

        await Page.GotoAsync($"/audit/requests/{requestId}");
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId("download-csv").ClickAsync());
        Assert.Equal("audit-entries.csv", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("sequence,", lines[0], StringComparison.Ordinal);
        // Only this request's entries: every record names it (a quoted value may span lines, so count records by their id).
        Assert.Contains(lines, line => line.Contains("submission.recorded", StringComparison.Ordinal) && line.Contains(requestId.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(otherRequestId.ToString(), csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_the_services_objection_to_a_filter_next_to_its_field()
    {
        await SignInAsDemoAsync("m-dubois");
        await Page.GotoAsync("/audit");

        await Page.GetByLabel("Request id").FillAsync("not-a-request-id");
        await Page.GetByLabel("Actor id").FillAsync("dr-okafor");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

        await Expect(Page.Locator("#requestId-errors")).ToContainTextAsync("A request id (a GUID).");
        await Expect(Page.Locator("#actorId-errors")).ToBeEmptyAsync();
        await Expect(Page.GetByLabel("Actor id")).ToHaveValueAsync("dr-okafor");
        await Expect(Page.GetByTestId("trail-entries")).ToHaveCountAsync(0);
        await AssertAccessibleAsync("trail-refused");
    }
}

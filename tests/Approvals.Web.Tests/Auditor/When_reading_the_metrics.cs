using System.Globalization;
using Approvals.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Approvals.Web.Tests.Auditor;

public sealed class When_reading_the_metrics(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Should_show_the_figures_as_charts_and_tables_and_download_them()
    {
        using var service = new ServiceCalls(Fixture.Server.BaseAddress);
        var requestId = await service.SubmitRequestAsync("audit-test-prescriber-metrics", urgency: "expedited");
        await service.WaitForTrailAsync(requestId);

        await SignInAsDemoAsync("m-dubois");
        await Page.GotoAsync("/audit");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Metrics" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Metrics", Level = 1 })).ToBeVisibleAsync();

        Assert.True(Count(await Page.GetByTestId("metric-received").InnerTextAsync()) >= 1);
        await Expect(Page.GetByTestId("chart-outcomes").Locator("svg rect")).ToHaveCountAsync(5);
        await Expect(Page.GetByTestId("chart-outcomes-data").GetByRole(AriaRole.Row, new() { Name = "Received" })).ToBeVisibleAsync();
        var expedited = Page.GetByTestId("metrics-by-urgency").GetByRole(AriaRole.Row).Filter(new() { HasText = "Expedited" });
        Assert.True(Count(await expedited.GetByRole(AriaRole.Cell).First.InnerTextAsync()) >= 1);
        await AssertAccessibleAsync("metrics");

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId("download-metrics-csv").ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("scope,from,to,", csv, StringComparison.Ordinal);
        Assert.Contains("\r\nexpedited,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_the_services_objection_to_a_period_next_to_its_field()
    {
        await SignInAsDemoAsync("m-dubois");
        await Page.GotoAsync("/audit/metrics");
        await Page.GetByLabel("From (day)").FillAsync("2026-03-10");
        await Page.GetByLabel("To (day, included)").FillAsync("2026-03-01");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show this period" }).ClickAsync();

        await Expect(Page.Locator("#to-errors")).ToContainTextAsync("Must not be before 'from'.");
        await Expect(Page.GetByTestId("metrics-overall")).ToHaveCountAsync(0);
        await AssertAccessibleAsync("metrics-refused");
    }

    static int Count(string text) => int.Parse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture);
}

using Approvals.Web.Components.Pages.Prescriber;
using Approvals.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Approvals.Web.Tests.Prescriber;

public sealed class When_a_prescriber_pages_through_requests(BrowserFixture fixture, ITestOutputHelper output) : PrescriberTest(fixture, output)
{
    [Fact]
    public async Task Should_follow_the_apis_cursor_to_the_next_page_and_back_in_either_language()
    {
        var protocolId = await Calls.PublishThreeTierProtocolAsync();
        var token = await Calls.TokenAsync(PrescriberId, "prescriber");
        var oldest = NewPseudonym();
        await Calls.SubmitAsync(token, protocolId, oldest, 50);
        for (var i = 0; i < MyRequests.PageSize; i++)
            await Calls.SubmitAsync(token, protocolId, NewPseudonym(), 50);
        await SignInAsPrescriberAsync();

        await Page.GotoAsync("/requests");
        var rows = Page.GetByTestId("my-requests").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(MyRequests.PageSize);
        await Expect(Page.GetByTestId($"request-{oldest}")).ToHaveCountAsync(0);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();

        Assert.Contains("cursor=", Page.Url, StringComparison.Ordinal);
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(Page.GetByTestId($"request-{oldest}")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Next page" })).ToHaveCountAsync(0);
        await AssertAccessibleAsync("second-page");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Français" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Mes demandes", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId($"request-{oldest}")).ToContainTextAsync("50 mg/jour");
        await AssertAccessibleAsync("second-page-fr");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Première page" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(MyRequests.PageSize);
    }
}

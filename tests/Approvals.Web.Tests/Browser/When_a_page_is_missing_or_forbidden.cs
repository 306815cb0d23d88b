using Approvals.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Approvals.Web.Tests.Browser;

public sealed class When_a_page_is_missing_or_forbidden(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Should_explain_a_missing_page_with_status_404()
    {
        await SignInAsDemoAsync("dr-martin");

        var response = await Page.GotoAsync("/no/such/page");

        Assert.Equal(404, response!.Status);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Page not found", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("user-name")).ToHaveTextAsync("Dr Claire Martin");
        await AssertAccessibleAsync("not-found");
    }

    [Fact]
    public async Task Should_explain_to_a_prescriber_that_the_admin_pages_are_not_theirs()
    {
        await SignInAsDemoAsync("dr-martin");

        var response = await Page.GotoAsync("/admin/protocols");

        Assert.Equal(403, response!.Status);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Access denied", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByText("Your roles do not allow this page")).ToBeVisibleAsync();
        await AssertAccessibleAsync("forbidden");
    }

    [Fact]
    public async Task Should_keep_the_apis_own_answers_for_api_paths()
    {
        var response = await Page.GotoAsync("/api/v1/no-such-endpoint");

        Assert.Equal(404, response!.Status);
        Assert.StartsWith("application/problem+json", response.Headers["content-type"]);
    }
}

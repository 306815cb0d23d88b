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
    public async Task Should_explain_a_page_that_failed_with_status_500_and_a_reference_to_quote()
    {
        await SignInAsDemoAsync("dr-okafor");
        // A query value the page cannot read makes its rendering throw: real page code failing, no test hook.
        var failing = $"/reviews/{Guid.NewGuid()}?decided=perhaps";

        var response = await Page.GotoAsync(failing);

        Assert.Equal(500, response!.Status);
        Assert.StartsWith("text/html", response.Headers["content-type"]);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Something went wrong", Level = 1 })).ToBeVisibleAsync();
        var reference = await Page.GetByTestId("error-reference").TextContentAsync();
        Assert.False(string.IsNullOrWhiteSpace(reference));
        Assert.DoesNotContain("perhaps", await Page.ContentAsync());
        Assert.DoesNotContain("Exception", await Page.ContentAsync());
        await Expect(Page.GetByTestId("user-name")).ToHaveTextAsync("Dr Ada Okafor");
        await AssertAccessibleAsync("error");

        // A caller that does not ask for HTML keeps the problem details, with the same kind of reference.
        var api = await Context.APIRequest.GetAsync(failing, new() { Headers = new Dictionary<string, string> { ["Accept"] = "application/json" } });
        Assert.Equal(500, api.Status);
        Assert.StartsWith("application/problem+json", api.Headers["content-type"]);
        Assert.Contains("\"traceId\"", await api.TextAsync());
    }

    [Fact]
    public async Task Should_keep_the_apis_own_answers_for_api_paths()
    {
        var response = await Page.GotoAsync("/api/v1/no-such-endpoint");

        Assert.Equal(404, response!.Status);
        Assert.StartsWith("application/problem+json", response.Headers["content-type"]);
    }
}

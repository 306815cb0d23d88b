using Approvals.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Approvals.Web.Tests.Browser;

public sealed class When_signing_in(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Should_send_an_anonymous_visitor_to_the_sign_in_page()
    {
        await Page.GotoAsync("/admin/protocols");

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin\\?ReturnUrl=%2Fadmin%2Fprotocols$"));
        await AssertAccessibleAsync("sign-in-page");
    }

    [Fact]
    public async Task Should_show_the_demo_users_name_and_roles_after_one_click()
    {
        await SignInAsDemoAsync("dr-roux");

        await Expect(Page.GetByTestId("user-name")).ToHaveTextAsync("Dr Paul Roux");
        await Expect(Page.GetByTestId("user-roles")).ToHaveTextAsync("prescriber, specialist");
        await Expect(Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "My requests" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Opinions awaiting me" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Protocols" })).ToHaveCountAsync(0);
        // The browser's zone, from the script's cookie, read on the next page.
        await Page.ReloadAsync();
        await Expect(Page.GetByTestId("time-zone")).ToHaveTextAsync("Europe/Paris");
        await Expect(Page.GetByTestId("signed-in-at")).ToContainTextAsync("(Europe/Paris)");
        await AssertAccessibleAsync("home");
    }

    [Fact]
    public async Task Should_sign_in_any_user_with_the_form_and_return_where_they_were_going()
    {
        await Page.GotoAsync("/admin/protocols");

        await Page.GetByLabel("User id").FillAsync("admin-kim");
        await Page.GetByLabel("Name").FillAsync("Kim Admin");
        await Page.GetByLabel("Roles").FillAsync("admin, auditor");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Expect(Page.GetByTestId("user-name")).ToHaveTextAsync("Kim Admin");
        await Expect(Page.GetByTestId("user-roles")).ToHaveTextAsync("admin, auditor");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Protocols", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("protocol-baclofen-aud")).ToBeVisibleAsync();
        await AssertAccessibleAsync("admin-protocols");
    }

    [Fact]
    public async Task Should_show_the_apis_problem_next_to_an_empty_user_id()
    {
        await Page.GotoAsync("/signin");

        await Page.GetByLabel("Roles").FillAsync("prescriber");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Expect(Page.Locator("#user-id-errors")).ToContainTextAsync("Required");
        await Expect(Page.Locator("#roles-errors")).ToBeEmptyAsync();
        await Expect(Page.GetByTestId("user-name")).ToHaveCountAsync(0);
        await AssertAccessibleAsync("field-error");
    }

    [Fact]
    public async Task Should_show_the_apis_problem_next_to_an_unknown_role()
    {
        await Page.GotoAsync("/signin");

        await Page.GetByLabel("User id").FillAsync("nurse-joy");
        await Page.GetByLabel("Roles").FillAsync("nurse");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Expect(Page.Locator("#roles-errors")).ToContainTextAsync("Unknown role 'nurse'");
        await Expect(Page.GetByLabel("User id")).ToHaveValueAsync("nurse-joy");
    }
}

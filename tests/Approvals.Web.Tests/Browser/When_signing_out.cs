using Approvals.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Approvals.Web.Tests.Browser;

public sealed class When_signing_out(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Should_clear_the_session_so_pages_ask_for_sign_in_again()
    {
        await SignInAsDemoAsync("m-dubois");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin$"));
        Assert.DoesNotContain(await Context.CookiesAsync(), c => c.Name == "approvals-session");
        await Page.GotoAsync("/");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin\\?ReturnUrl=%2F$"));
    }

    [Fact]
    public async Task Should_refuse_a_sign_out_posted_without_the_forms_token()
    {
        await SignInAsDemoAsync("dr-martin");

        var forged = await Context.APIRequest.PostAsync("/signout", new() { Form = Context.APIRequest.CreateFormData(), MaxRedirects = 0 });

        Assert.Equal(400, forged.Status);
        await Page.ReloadAsync();
        await Expect(Page.GetByTestId("user-name")).ToHaveTextAsync("Dr Claire Martin");
    }

    [Fact]
    public async Task Should_keep_the_session_cookie_out_of_page_script()
    {
        await SignInAsDemoAsync("dr-martin");

        var session = Assert.Single(await Context.CookiesAsync(), c => c.Name == "approvals-session");
        Assert.True(session.HttpOnly);
        Assert.Equal(SameSiteAttribute.Lax, session.SameSite);
        Assert.DoesNotContain("approvals-session", await Page.EvaluateAsync<string>("document.cookie"));
    }
}

using Approvals.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Approvals.Web.Tests.Browser;

public sealed class When_switching_language(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Should_show_the_page_in_french_and_remember_it()
    {
        await SignInAsDemoAsync("dr-okafor");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Français" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Bienvenue", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("user-roles")).ToHaveTextAsync("évaluateur");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" })).ToBeVisibleAsync();
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Page.GotoAsync("/does-not-exist");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Page introuvable" })).ToBeVisibleAsync();
        await AssertAccessibleAsync("french");
    }

    [Fact]
    public async Task Should_follow_the_browsers_language_before_any_choice()
    {
        await using var french = await Fixture.Browser.NewContextAsync(new() { BaseURL = Fixture.Server.BaseAddress.ToString(), Locale = "fr-FR" });
        var page = await french.NewPageAsync();

        await page.GotoAsync("/signin");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Connexion", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Identifiant")).ToBeVisibleAsync();
    }
}

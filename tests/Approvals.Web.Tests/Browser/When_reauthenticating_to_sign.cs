using System.Security.Claims;
using Approvals.Web.Signing;
using Approvals.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Approvals.Web.Tests.Browser;

public sealed class When_reauthenticating_to_sign(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Should_confirm_the_identity_and_return_to_the_form_with_what_was_typed()
    {
        await SignInAsDemoAsync("dr-okafor");
        var sealedForm = Seal(new PendingForm("dr-okafor", "/", new Dictionary<string, string> { ["rationale"] = "Dose within tier 2." }));

        await Page.GotoAsync(Reauthentication.Page + "?state=" + Uri.EscapeDataString(sealedForm));
        await Expect(Page.GetByText("You are signing as Dr Ada Okafor (dr-okafor).")).ToBeVisibleAsync();
        await AssertAccessibleAsync("reauthenticate");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Confirm identity" }).ClickAsync();

        await Page.WaitForURLAsync(url => url.Contains("resume=", StringComparison.Ordinal));
        var resumed = new Uri(Page.Url);
        Assert.Equal("/", resumed.AbsolutePath);
        Assert.Equal(sealedForm, Uri.UnescapeDataString(resumed.Query["?resume=".Length..]));
        var form = Protector().Read(Uri.UnescapeDataString(resumed.Query["?resume=".Length..]), UserWithId("dr-okafor"));
        Assert.Equal("Dose within tier 2.", form!.Values["rationale"]);
    }

    [Fact]
    public async Task Should_refuse_a_form_sealed_for_someone_else()
    {
        await SignInAsDemoAsync("dr-nguyen");
        var sealedForm = Seal(new PendingForm("dr-okafor", "/", new Dictionary<string, string>()));

        await Page.GotoAsync(Reauthentication.Page + "?state=" + Uri.EscapeDataString(sealedForm));

        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("expired or belongs to someone else");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Confirm identity" })).ToHaveCountAsync(0);
    }

    // The server's keys are in the test's folder, so the test can seal a form exactly as a signing page would.
    string Seal(PendingForm form) => Protector().Seal(form);

    PendingFormProtector Protector() =>
        new(DataProtectionProvider.Create(new DirectoryInfo(Fixture.Server.KeysDirectory), b => b.SetApplicationName("Approvals.Web")), TimeProvider.System);

    static ClaimsPrincipal UserWithId(string id) => new(new ClaimsIdentity([new Claim("sub", id)], "test"));
}

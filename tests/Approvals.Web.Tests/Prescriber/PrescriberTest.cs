using System.Text.RegularExpressions;
using Approvals.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Approvals.Web.Tests.Prescriber;

/// <summary>
/// A prescriber's journey on the shared server: a prescriber of this test's own (so "my requests" holds only what the
/// test made), a protocol of its own with three tiers, and the reviewer's side through the API.
/// </summary>
public abstract partial class PrescriberTest(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    protected string PrescriberId { get; } = "rx-" + Guid.NewGuid().ToString("N")[..8];
    protected ServiceCalls Calls { get; } = new(fixture.Server.BaseAddress);

    [GeneratedRegex(@"/requests/(?<id>[0-9a-f-]{36})")]
    private static partial Regex RequestPath();

    protected static string NewPseudonym() => "PT-" + Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    protected static Guid RequestIdIn(string url) => Guid.Parse(RequestPath().Match(url).Groups["id"].Value);

    /// <summary>Signs in with the form as this test's prescriber.</summary>
    protected async Task SignInAsPrescriberAsync()
    {
        await Page.GotoAsync("/signin");
        await Page.GetByLabel("User id").FillAsync(PrescriberId);
        await Page.GetByLabel("Name").FillAsync("Dr " + PrescriberId);
        await Page.GetByLabel("Roles").FillAsync("prescriber");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Page.GetByTestId("user-name").WaitForAsync();
    }

    /// <summary>Fills the new request form (without sending it) for <paramref name="pseudonym"/>.</summary>
    protected async Task FillNewRequestAsync(string protocolId, string pseudonym, decimal dose)
    {
        await Page.GotoAsync("/requests/new");
        await ChooseProtocolAsync(protocolId);
        await Page.GetByLabel("Daily dose (mg/day)").FillAsync(dose.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Page.GetByLabel("Urgency").SelectOptionAsync(new SelectOptionValue { Value = "standard" });
        await Page.GetByLabel("Patient pseudonym").FillAsync(pseudonym);
        await Page.GetByLabel("Year of birth").FillAsync("1971");
        await Page.GetByLabel("Sex").SelectOptionAsync(new SelectOptionValue { Value = "female" });
        await Page.GetByLabel("Why this treatment").FillAsync("Relapse after acamprosate and naltrexone.");
        await Page.GetByLabel("Prior treatments").FillAsync("acamprosate\nnaltrexone");
        await Page.GetByLabel("The patient was informed and consented").CheckAsync();
    }

    protected async Task ChooseProtocolAsync(string protocolId)
    {
        await Page.GetByLabel("Protocol").SelectOptionAsync(new SelectOptionValue { Value = protocolId });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show this protocol's tiers" }).ClickAsync();
        await Expect(Page.GetByTestId("dose-tiers")).ToContainTextAsync(protocolId);
    }

    /// <summary>Submits a request through the form and returns its id, from the detail page the form leads to.</summary>
    protected async Task<Guid> SubmitRequestAsync(string protocolId, string pseudonym, decimal dose)
    {
        await FillNewRequestAsync(protocolId, pseudonym, dose);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Submit the request" }).ClickAsync();
        return await WaitForRequestPageAsync();
    }

    /// <summary>Waits for a request's detail page and returns the request's id.</summary>
    protected async Task<Guid> WaitForRequestPageAsync()
    {
        await Page.WaitForURLAsync(RequestPath());
        return RequestIdIn(Page.Url);
    }

    /// <summary>Reloads the page until <paramref name="locator"/> shows <paramref name="text"/>: the workflow applies steps a moment later.</summary>
    protected async Task ReloadUntilAsync(ILocator locator, string text)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!(await locator.CountAsync() > 0 && (await locator.First.InnerTextAsync()).Contains(text, StringComparison.Ordinal)))
        {
            if (DateTime.UtcNow > deadline)
                break;
            await Task.Delay(300);
            await Page.ReloadAsync();
        }

        await Expect(locator.First).ToContainTextAsync(text);
    }

    /// <summary>Presses Tab until <paramref name="target"/> has the focus (keyboard-only journeys), at most 80 times.</summary>
    protected async Task TabToAsync(ILocator target)
    {
        for (var presses = 0; presses < 80; presses++)
        {
            if (await target.EvaluateAsync<bool>("element => element === document.activeElement"))
                return;
            await Page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached {target}.");
    }
}

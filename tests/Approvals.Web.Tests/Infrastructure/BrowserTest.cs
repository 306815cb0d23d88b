using System.Reflection;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Approvals.Web.Tests.Infrastructure;

/// <summary>
/// Base of a browser test: a fresh context (no cookies from other tests) on the shared server, in English and the
/// Europe/Paris time zone; <see cref="SnapAsync"/> saves a screenshot to artifacts/screenshots, and
/// <see cref="AssertAccessibleAsync"/> fails on any serious or critical axe violation (and snaps the page too).
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(Category.Trait, Category.Browser)]
public abstract class BrowserTest(BrowserFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    static readonly string[] FailingImpacts = ["serious", "critical"];

    int _snaps;

    protected BrowserFixture Fixture { get; } = fixture;
    protected IBrowserContext Context { get; private set; } = null!;
    protected IPage Page { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Fixture.Server.BaseAddress.ToString(),
            Locale = "en-GB",
            TimezoneId = "Europe/Paris",
        });
        Context.SetDefaultTimeout(15_000);
        Page = await Context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await SnapAsync("end");
        await Context.DisposeAsync();
    }

    /// <summary>Signs in through the Development page with one click on a demo user.</summary>
    protected async Task SignInAsDemoAsync(string userId)
    {
        await Page.GotoAsync("/signin");
        await Page.GetByTestId($"demo-{userId}").ClickAsync();
        await Page.GetByTestId("user-name").WaitForAsync();
    }

    protected async Task SnapAsync(string step)
    {
        var test = CurrentTestName();
        var file = Path.Combine(Screenshots.Folder, $"{GetType().Name}.{test}.{++_snaps:00}-{step}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
    }

    protected async Task AssertAccessibleAsync(string step)
    {
        await SnapAsync(step);
        var result = await Page.RunAxe();
        var failing = result.Violations.Where(v => FailingImpacts.Contains(v.Impact)).ToList();
        foreach (var violation in failing)
            output.WriteLine($"{violation.Impact} {violation.Id}: {violation.Help} at {string.Join(", ", violation.Nodes.Select(n => n.Target.ToString()))}");
        Assert.True(failing.Count == 0,
            $"axe on {Page.Url}: " + string.Join("; ", failing.Select(v => $"{v.Impact} {v.Id} ({v.Help})")));
    }

    // xunit 2 does not expose the running test; its output helper holds it.
    string CurrentTestName()
    {
        var field = output.GetType().GetField("test", BindingFlags.Instance | BindingFlags.NonPublic);
        return (field?.GetValue(output) as ITest)?.TestCase.TestMethod.Method.Name ?? "test";
    }
}

using Approvals.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Approvals.Web.Tests.Reviewer;

/// <summary>A browser test of the reviewer's or specialist's pages, with its own users and cases (<see cref="Setup"/>).</summary>
public abstract class ReviewerBrowserTest(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output), IDisposable
{
    protected ReviewerSetup Setup { get; } = new(fixture.Server.BaseAddress);

    /// <summary>Signs in through the Development form as a user of this test only, with one role.</summary>
    protected async Task SignInAsAsync(string userId, string role)
    {
        await Page.GotoAsync("/signin");
        await Page.GetByLabel("User id").FillAsync(userId);
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync(ReviewerSetup.NameOf(userId));
        await Page.GetByLabel("Roles").FillAsync(role);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("user-name")).ToHaveTextAsync(ReviewerSetup.NameOf(userId));
    }

    /// <summary>Opens the queue and waits until it is live (its buttons work only once the circuit is up).</summary>
    protected async Task OpenQueueAsync()
    {
        await Page.GotoAsync("/reviews");
        await Expect(Page.GetByTestId("queue-state")).ToHaveAttributeAsync("data-interactive", "true");
    }

    public void Dispose()
    {
        Setup.Dispose();
        GC.SuppressFinalize(this);
    }
}

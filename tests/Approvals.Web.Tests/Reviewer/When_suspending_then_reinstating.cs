using Approvals.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Approvals.Web.Tests.Reviewer;

public sealed class When_suspending_then_reinstating(BrowserFixture fixture, ITestOutputHelper output) : ReviewerBrowserTest(fixture, output)
{
    [Fact]
    public async Task Should_suspend_an_approval_signed_then_lift_the_suspension()
    {
        var (requestId, reviewId) = await Setup.SubmitAsync("baclofen-aud", 60);
        await Setup.ApproveAsync(requestId, reviewId);
        await SignInAsAsync($"rv-safety-{Setup.Unique}", "reviewer");

        await Page.GotoAsync($"/requests/{requestId}/safety");
        await Expect(Page.GetByTestId("request-status")).ToHaveTextAsync("Approved");
        await AssertAccessibleAsync("safety");
        await Page.GetByLabel("Suspend the approval").CheckAsync();
        await Page.GetByLabel("Reason", new() { Exact = true }).FillAsync("Serious adverse event reported by the pharmacist.");
        await Expect(Page.GetByTestId("signature-signer")).ToHaveTextAsync(ReviewerSetup.NameOf($"rv-safety-{Setup.Unique}"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign and order the action" }).ClickAsync();
        await Expect(Page.GetByTestId("safety-accepted")).ToContainTextAsync("suspension was accepted");
        await ReloadUntilStatusAsync("Suspended");
        await Expect(Page.GetByTestId("history")).ToContainTextAsync("Serious adverse event reported by the pharmacist.");
        await AssertAccessibleAsync("suspended");

        await Page.GetByLabel("Reinstate the approval").CheckAsync();
        await Page.GetByLabel("Reason", new() { Exact = true }).FillAsync("Event not related to the treatment.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign and order the action" }).ClickAsync();
        await Expect(Page.GetByTestId("safety-accepted")).ToContainTextAsync("reinstatement was accepted");
        await ReloadUntilStatusAsync("Approved");
        await Expect(Page.GetByTestId("history")).ToContainTextAsync("Event not related to the treatment.");
    }

    /// <summary>The workflow applies an accepted action a moment later: read the page again until it shows.</summary>
    async Task ReloadUntilStatusAsync(string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await Page.GetByTestId("request-status").TextContentAsync() != status)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The request did not become {status} within 30 s.");
            await Task.Delay(500);
            await Page.GotoAsync(new Uri(Page.Url).AbsolutePath);
        }
    }
}

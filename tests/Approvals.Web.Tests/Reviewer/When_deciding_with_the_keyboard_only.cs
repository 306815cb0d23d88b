using Approvals.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Approvals.Web.Tests.Reviewer;

public sealed class When_deciding_with_the_keyboard_only(BrowserFixture fixture, ITestOutputHelper output) : ReviewerBrowserTest(fixture, output)
{
    const int MaxTabs = 80;

    [Fact]
    public async Task Should_deny_a_review_claimed_by_another_after_confirming_without_the_mouse()
    {
        var (_, reviewId) = await Setup.SubmitAsync("baclofen-aud", 75);
        await Setup.ClaimAsOtherAsync(reviewId, $"rv-holder-{Setup.Unique}");
        await SignInAsAsync($"rv-keyboard-{Setup.Unique}", "reviewer");
        await Page.GotoAsync($"/reviews/{reviewId}");
        await Expect(Page.GetByTestId("claimed-by-other")).ToContainTextAsync(ReviewerSetup.NameOf($"rv-holder-{Setup.Unique}"));

        // Deny, with a reason code and a rationale, skipping the confirmation: the page asks for it and keeps the form.
        await TabToAsync("outcome-approve");
        await Page.Keyboard.PressAsync("ArrowDown");
        await Page.Keyboard.PressAsync("ArrowDown");
        await Expect(Page.Locator("#outcome-deny")).ToBeCheckedAsync();
        await TabToAsync("reason-code");
        await Page.Keyboard.PressAsync("ArrowDown");
        await Expect(Page.Locator("#reason-code")).ToHaveValueAsync("NOT_ELIGIBLE");
        await TabToAsync("rationale");
        await Page.Keyboard.TypeAsync("Indication outside the protocol.");
        await TabToButtonAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page.Locator("#confirm-over-claim-errors")).ToContainTextAsync("confirm to decide it anyway");
        await Expect(Page.Locator("#rationale")).ToHaveValueAsync("Indication outside the protocol.");
        await Expect(Page.Locator("#outcome-deny")).ToBeCheckedAsync();
        await AssertAccessibleAsync("claim-confirmation");

        await TabToAsync("confirm-over-claim");
        await Page.Keyboard.PressAsync("Space");
        await TabToButtonAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page.GetByTestId("decision-recorded")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("decision")).ToContainTextAsync("Deny");
        await Expect(Page.GetByTestId("decision")).ToContainTextAsync("Not eligible");
        await Expect(Page.GetByTestId("signature-meaning")).ToHaveTextAsync("Denial");
    }

    async Task TabToAsync(string id)
    {
        for (var i = 0; i < MaxTabs; i++)
        {
            if (await Page.EvaluateAsync<string>("document.activeElement?.id ?? ''") == id)
                return;
            await Page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"#{id} was not reached with {MaxTabs} presses of Tab.");
    }

    async Task TabToButtonAsync()
    {
        for (var i = 0; i < MaxTabs; i++)
        {
            if (await Page.EvaluateAsync<string>("document.activeElement?.textContent?.trim() ?? ''") == "Sign and record the decision")
                return;
            await Page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"The signing button was not reached with {MaxTabs} presses of Tab.");
    }
}

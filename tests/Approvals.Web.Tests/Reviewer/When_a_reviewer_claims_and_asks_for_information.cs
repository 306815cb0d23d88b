using Approvals.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Approvals.Web.Tests.Reviewer;

public sealed class When_a_reviewer_claims_and_asks_for_information(BrowserFixture fixture, ITestOutputHelper output)
    : ReviewerBrowserTest(fixture, output)
{
    [Fact]
    public async Task Should_claim_from_the_queue_then_ask_the_prescriber_questions_signed()
    {
        var (_, reviewId) = await Setup.SubmitAsync("baclofen-aud", 60, urgency: "expedited");
        var reviewer = $"rv-claimer-{Setup.Unique}";
        await SignInAsAsync(reviewer, "reviewer");

        await OpenQueueAsync();
        var row = Page.GetByTestId($"review-{reviewId}");
        await Expect(row).ToContainTextAsync("Expedited");
        await Expect(row).ToContainTextAsync("Initial");
        await Expect(row).ToContainTextAsync("left");
        await Expect(Page.GetByTestId($"claim-{reviewId}")).ToHaveTextAsync("Nobody");
        await AssertAccessibleAsync("queue");
        await row.GetByRole(AriaRole.Button, new() { Name = $"Claim the review of {Setup.Pseudonym}" }).ClickAsync();
        await Expect(Page.GetByTestId($"claim-{reviewId}")).ToHaveTextAsync("You");
        // The claim filter narrows the queue to mine: this review stays, unclaimed ones go.
        await Page.GetByLabel("Claimed by").SelectOptionAsync("mine");
        await Expect(row).ToBeVisibleAsync();
        await Page.GetByLabel("Claimed by").SelectOptionAsync("unclaimed");
        await Expect(row).ToHaveCountAsync(0);
        await Page.GetByLabel("Claimed by").SelectOptionAsync("");

        await row.GetByRole(AriaRole.Link, new() { Name = Setup.Pseudonym }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Review", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("patient-pseudonym")).ToHaveTextAsync(Setup.Pseudonym);
        await Expect(Page.GetByTestId("dose-tier")).ToHaveTextAsync("Single review");
        var marked = Page.GetByTestId("dose-tiers").GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByTestId("tier-marker") });
        await Expect(marked.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync("Up to 80 mg/day");
        await Expect(Page.GetByTestId("review-claim")).ToContainTextAsync(ReviewerSetup.NameOf(reviewer));
        await Expect(Page.GetByTestId("signature-signer")).ToHaveTextAsync(ReviewerSetup.NameOf(reviewer));
        await AssertAccessibleAsync("review");

        // The API's refusal lands next to the field it names, and nothing changes.
        await Page.GetByLabel("Approve at a lower dose").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign and record the decision" }).ClickAsync();
        await Expect(Page.Locator("#approved-dose-errors")).ToContainTextAsync("names the approved daily dose");
        await Expect(Page.GetByTestId("review-status")).ToHaveTextAsync("Open");
        await AssertAccessibleAsync("field-error");

        await Page.GetByLabel("Ask the prescriber for information").CheckAsync();
        await Page.GetByLabel("Questions for the prescriber").FillAsync("Which dose did the patient tolerate before?\nAny liver test this year?");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign and record the decision" }).ClickAsync();

        await Expect(Page.GetByTestId("decision-recorded")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("review-status")).ToHaveTextAsync("Awaiting information");
        await Expect(Page.GetByTestId("questions")).ToContainTextAsync("Any liver test this year?");
        await Expect(Page.GetByTestId("review-claim")).ToContainTextAsync(ReviewerSetup.NameOf(reviewer));
        await AssertAccessibleAsync("information-requested");
    }
}

using Approvals.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Approvals.Web.Tests.Reviewer;

public sealed class When_a_collegial_case_is_decided(BrowserFixture fixture, ITestOutputHelper output) : ReviewerBrowserTest(fixture, output)
{
    [Fact]
    public async Task Should_gather_two_specialists_opinions_then_approve_modified_after_reauthenticating()
    {
        var protocolId = await Setup.PublishCollegialProtocolAsync();
        var (_, reviewId) = await Setup.SubmitAsync(protocolId, 250);

        await GiveOpinionAsync($"rv-spec-a-{Setup.Unique}", "200", "Tolerated 200 mg/day before; higher doses not needed.", first: true);
        await GiveOpinionAsync($"rv-spec-b-{Setup.Unique}", "180", "Start at 180 mg/day and reassess at follow-up.", first: false);

        // The reviewer signed in long ago: the decision asks them to confirm who they are, then completes as typed.
        var reviewer = $"rv-decider-{Setup.Unique}";
        await StaleSignIn.AddAsync(Context, Fixture.Server, await Setup.TokenAsync(reviewer, "reviewer", DateTimeOffset.UtcNow.AddHours(-3)));
        await Page.GotoAsync($"/reviews/{reviewId}");
        await Expect(Page.GetByTestId("dose-tier")).ToHaveTextAsync("Collegial: 2 specialists");
        // The protocol's whole tier table, the case's dose marked in its row in words as well as colour.
        var tiers = Page.GetByTestId("dose-tiers");
        await Expect(tiers.Locator("caption")).ToHaveTextAsync("Dose tiers of Collegial test protocol, version 1: the version this case was judged by");
        var marked = tiers.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByTestId("tier-marker") });
        await Expect(marked).ToHaveCountAsync(1);
        await Expect(marked.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync("Above 180 mg/day, up to 300 mg/day");
        await Expect(marked).ToContainTextAsync("Collegial review with 2 specialists' opinions.");
        await Expect(marked.GetByTestId("tier-marker")).ToHaveTextAsync("This case's dose");
        await Expect(Page.GetByTestId("opinions").Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(Page.GetByTestId("missing-opinions")).ToHaveCountAsync(0);
        await Page.GetByLabel("Approve at a lower dose").CheckAsync();
        await Page.GetByLabel("Approved daily dose (mg)").FillAsync("180");
        await Page.GetByLabel("Rationale", new() { Exact = true }).FillAsync("Lowest dose both specialists support.");
        await Expect(Page.GetByTestId("signature-meaning")).ToContainTextAsync("Decision on this review");
        await AssertAccessibleAsync("decision-form");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign and record the decision" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Confirm your identity" })).ToBeVisibleAsync();
        await AssertAccessibleAsync("reauthenticate");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Confirm identity" }).ClickAsync();

        await Expect(Page.GetByTestId("decision-recorded")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("review-status")).ToHaveTextAsync("Decided");
        await Expect(Page.GetByTestId("decision")).ToContainTextAsync("Approve at a lower dose");
        await Expect(Page.GetByTestId("decision")).ToContainTextAsync("180 mg/day");
        await Expect(Page.GetByTestId("signature-signer")).ToHaveTextAsync(ReviewerSetup.NameOf(reviewer));
        await Expect(Page.GetByTestId("signature-meaning")).ToHaveTextAsync("Approval");
        await AssertAccessibleAsync("approved-modified");

        // From the decided review to the safety actions on the approval it granted.
        await Page.GetByTestId("safety-link").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Safety actions on the approval" })).ToBeVisibleAsync();
    }

    async Task GiveOpinionAsync(string specialist, string supportedDose, string rationale, bool first)
    {
        await Context.ClearCookiesAsync();
        await SignInAsAsync(specialist, "specialist");
        await Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Opinions awaiting me" }).ClickAsync();
        if (first)
            await AssertAccessibleAsync("awaiting-opinions");
        await Page.GetByRole(AriaRole.Link, new() { Name = $"Give an opinion on {Setup.Pseudonym}" }).ClickAsync();
        await Expect(Page.GetByTestId("justification")).ToContainTextAsync(Setup.Unique);
        await Page.GetByLabel("Approve", new() { Exact = true }).CheckAsync();
        await Page.GetByLabel("Highest daily dose you support (mg)").FillAsync(supportedDose);
        await Page.GetByLabel("Rationale", new() { Exact = true }).FillAsync(rationale);
        await Expect(Page.GetByTestId("signature-signer")).ToHaveTextAsync(ReviewerSetup.NameOf(specialist));
        if (first)
            await AssertAccessibleAsync("opinion-form");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign and record the opinion" }).ClickAsync();
        await Expect(Page.GetByTestId("opinion-recorded")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("opinions")).ToContainTextAsync(ReviewerSetup.NameOf(specialist));
    }
}

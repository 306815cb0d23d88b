using Approvals.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Approvals.Web.Tests.Prescriber;

public sealed class When_a_prescriber_works_an_open_request(BrowserFixture fixture, ITestOutputHelper output) : PrescriberTest(fixture, output)
{
    [Fact]
    public async Task Should_answer_the_reviewers_question_and_see_the_review_resume()
    {
        var protocolId = await Calls.PublishThreeTierProtocolAsync();
        await SignInAsPrescriberAsync();
        var requestId = await SubmitRequestAsync(protocolId, NewPseudonym(), 60);
        var reviewer = await Calls.TokenAsync("rx-reviewer", "reviewer");
        var review = await Calls.OpenReviewOfAsync(reviewer, requestId);
        await Calls.DecideAsync(reviewer, review, new { outcome = "request-information", questions = new[] { "Liver function tests?" } });

        await ReloadUntilAsync(Page.GetByTestId("status"), "Awaiting your answer");
        await Expect(Page.GetByTestId("questions")).ToContainTextAsync("Liver function tests?");
        await AssertAccessibleAsync("question-open");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send the answer" }).ClickAsync();
        await Expect(Page.Locator("#answer-errors")).ToContainTextAsync("Required");
        await Page.GetByLabel("Your answer").FillAsync("ALT and AST normal last week.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send the answer" }).ClickAsync();

        await Expect(Page.GetByTestId("done")).ToContainTextAsync("Your answer was sent");
        await ReloadUntilAsync(Page.GetByTestId("status"), "Under review");
        await Expect(Page.GetByTestId("timeline").Locator("li")).ToHaveCountAsync(4);
        await Expect(Page.GetByTestId("questions")).ToHaveCountAsync(0);
        await AssertAccessibleAsync("answered");
    }

    [Fact]
    public async Task Should_withdraw_only_after_confirming()
    {
        var protocolId = await Calls.PublishThreeTierProtocolAsync();
        await SignInAsPrescriberAsync();
        var requestId = await SubmitRequestAsync(protocolId, NewPseudonym(), 60);
        await ReloadUntilAsync(Page.GetByTestId("status"), "Under review");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Withdraw the request…" }).ClickAsync();
        await Expect(Page.Locator("#withdraw-reason-errors")).ToContainTextAsync("Required");
        await Page.GetByLabel("Why you withdraw it").FillAsync("The patient moved to another region.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Withdraw the request…" }).ClickAsync();
        await Expect(Page.GetByTestId("withdraw-confirmation")).ToContainTextAsync("The patient moved to another region.");
        await AssertAccessibleAsync("withdraw-confirmation");
        // Changing one's mind changes nothing.
        await Page.GetByRole(AriaRole.Link, new() { Name = "No, keep the request" }).ClickAsync();
        await Expect(Page.GetByTestId("status")).ToHaveTextAsync("Under review");
        await Expect(Page.GetByTestId("withdraw-confirmation")).ToHaveCountAsync(0);

        await Page.GetByLabel("Why you withdraw it").FillAsync("The patient moved to another region.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Withdraw the request…" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Yes, withdraw the request" }).ClickAsync();

        await Expect(Page.GetByTestId("done")).ToContainTextAsync("The withdrawal was sent");
        await ReloadUntilAsync(Page.GetByTestId("status"), "Withdrawn");
        await Expect(Page.GetByTestId("timeline")).ToContainTextAsync("The patient moved to another region.");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Withdraw the request…" })).ToHaveCountAsync(0);
        await AssertAccessibleAsync("withdrawn");
        Assert.Equal(requestId, RequestIdIn(Page.Url));
    }
}

using Approvals.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Approvals.Web.Tests.Prescriber;

public sealed class When_a_prescriber_submits_a_request(BrowserFixture fixture, ITestOutputHelper output) : PrescriberTest(fixture, output)
{
    [Fact]
    public async Task Should_show_the_tier_a_dose_needs_submit_it_and_find_it_in_my_requests_and_its_timeline()
    {
        var protocolId = await Calls.PublishThreeTierProtocolAsync();
        var pseudonym = NewPseudonym();
        await SignInAsPrescriberAsync();

        await Page.GotoAsync("/requests");
        await Expect(Page.GetByTestId("no-requests")).ToHaveTextAsync("You have no requests yet.");
        await AssertAccessibleAsync("my-requests-empty");
        await Page.GetByRole(AriaRole.Link, new() { Name = "New request" }).First.ClickAsync();
        await ChooseProtocolAsync(protocolId);
        foreach (var (dose, need) in new[]
        {
            ("60", "Single review by a pharmacist-reviewer."),
            ("150", "Single review; an expert opinion is recommended."),
            ("250", "Collegial review with 2 specialists' opinions."),
            ("301", "Above the protocol's maximum of 300 mg/day: the request will be denied."),
        })
        {
            await Page.GetByLabel("Daily dose (mg/day)").FillAsync(dose);
            await Page.GetByRole(AriaRole.Button, new() { Name = "Show what this dose needs" }).ClickAsync();
            await Expect(Page.GetByTestId("dose-need")).ToHaveTextAsync(need);
        }

        await Expect(Page.GetByTestId("dose-tiers")).ToContainTextAsync("Above 180 mg/day, up to 300 mg/day");
        await AssertAccessibleAsync("new-request-above-maximum");

        await FillNewRequestAsync(protocolId, pseudonym, 75);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Submit the request" }).ClickAsync();
        await WaitForRequestPageAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"Request for patient {pseudonym}" })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("timeline")).ToContainTextAsync("Submitted");
        await ReloadUntilAsync(Page.GetByTestId("timeline"), "Under review");
        await AssertAccessibleAsync("request-detail");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Back to my requests" }).ClickAsync();
        var row = Page.GetByTestId($"request-{pseudonym}");
        await Expect(row).ToContainTextAsync("Under review");
        await Expect(row).ToContainTextAsync(protocolId);
        await Expect(row).ToContainTextAsync("75 mg/day");
        await Expect(row).ToContainTextAsync("(Europe/Paris)");
        await Expect(row).ToContainTextAsync("None: the reviewer decides");
        await AssertAccessibleAsync("my-requests");

        await Page.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Value = "approved" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(Page.GetByTestId("no-requests")).ToHaveTextAsync("None of your requests has this status.");
        await Page.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Value = "under-review" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(Page.GetByTestId($"request-{pseudonym}")).ToBeVisibleAsync();
        Assert.Contains("status=under-review", Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_the_apis_messages_next_to_their_fields_and_keep_what_was_typed()
    {
        var protocolId = await Calls.PublishThreeTierProtocolAsync();
        await SignInAsPrescriberAsync();

        await FillNewRequestAsync(protocolId, "Jane Doe", 75);
        await Page.GetByLabel("Year of birth").FillAsync("1850");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Submit the request" }).ClickAsync();

        await Expect(Page.Locator("#pseudonym-errors")).ToContainTextAsync("never the patient's name");
        await Expect(Page.Locator("#birth-year-errors")).ToContainTextAsync("Between 1900 and");
        await Expect(Page.Locator("#dose-errors")).ToBeEmptyAsync();
        await Expect(Page.GetByLabel("Why this treatment")).ToHaveValueAsync("Relapse after acamprosate and naltrexone.");
        await AssertAccessibleAsync("field-errors");
        await Page.GotoAsync("/requests");
        await Expect(Page.GetByTestId("no-requests")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Should_create_one_request_when_the_same_form_is_sent_twice()
    {
        var protocolId = await Calls.PublishThreeTierProtocolAsync();
        var pseudonym = NewPseudonym();
        await SignInAsPrescriberAsync();
        await FillNewRequestAsync(protocolId, pseudonym, 90);
        // The form exactly as the browser will send it: its antiforgery token and its idempotency key.
        var fields = await Page.Locator("form.request-form").EvaluateAsync<Dictionary<string, string>>(
            "form => Object.fromEntries(new FormData(form, form.querySelector('button[value=submit]')))");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Submit the request" }).DblClickAsync();
        var first = await WaitForRequestPageAsync();
        // The same form sent again, as a reload after a lost answer or the back button would.
        var form = Context.APIRequest.CreateFormData();
        foreach (var (name, value) in fields)
            form.Set(name, value);
        var again = await Context.APIRequest.PostAsync("/requests/new", new() { Form = form, MaxRedirects = 0 });

        Assert.True(again.Status == 302, $"The resubmitted form answered {again.Status}: {await again.TextAsync()}");
        Assert.Matches("/requests/[0-9a-f-]{36}$", again.Headers["location"]);
        Assert.Equal(first, RequestIdIn(again.Headers["location"]));
        await Page.GotoAsync("/requests");
        await Expect(Page.GetByTestId($"request-{pseudonym}")).ToHaveCountAsync(1);
        await Expect(Page.GetByTestId("my-requests").Locator("tbody tr")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Should_complete_the_submission_with_the_keyboard_only()
    {
        var protocolId = await Calls.PublishThreeTierProtocolAsync();
        var pseudonym = NewPseudonym();
        await SignInAsPrescriberAsync();
        await Page.GotoAsync("/requests");

        await TabToAsync(Page.GetByRole(AriaRole.Link, new() { Name = "New request" }).First);
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync("**/requests/new");
        await TabToAsync(Page.GetByLabel("Protocol"));
        await Page.Keyboard.TypeAsync("Baclofen, three tiers (" + protocolId);
        await TabToAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Show this protocol's tiers" }));
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByTestId("dose-tiers")).ToContainTextAsync(protocolId);
        await TabToAsync(Page.GetByLabel("Daily dose (mg/day)"));
        await Page.Keyboard.TypeAsync("80");
        await TabToAsync(Page.GetByLabel("Patient pseudonym"));
        await Page.Keyboard.TypeAsync(pseudonym);
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.TypeAsync("1968");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.TypeAsync("Male");
        await TabToAsync(Page.GetByLabel("Why this treatment"));
        await Page.Keyboard.TypeAsync("Heavy drinking despite naltrexone.");
        await TabToAsync(Page.GetByLabel("The patient was informed and consented"));
        await Page.Keyboard.PressAsync("Space");
        await TabToAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Submit the request" }));
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"Request for patient {pseudonym}" })).ToBeVisibleAsync();
        await Expect(Page.GetByText(protocolId + ", version 1")).ToBeVisibleAsync();
        await Expect(Page.GetByText("80 mg/day")).ToBeVisibleAsync();
    }
}

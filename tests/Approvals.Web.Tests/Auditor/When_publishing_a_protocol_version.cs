using System.Globalization;
using System.Text.RegularExpressions;
using Approvals.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Approvals.Web.Tests.Auditor;

public sealed class When_publishing_a_protocol_version(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    // A protocol of this test's own, so the versions other tests rely on stay as they are.
    readonly string _protocolId = "web-test-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Should_list_every_problem_then_publish_a_sound_version_that_comes_into_force()
    {
        await SignInAsDemoAsync("admin-lee");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" }).GetByRole(AriaRole.Link, new() { Name = "Protocols" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Publish a version (of a new or existing protocol)" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Publish a protocol version", Level = 1 })).ToBeVisibleAsync();
        await AssertAccessibleAsync("publish-form");

        // Three mistakes at once: a past start, no title, a tier above the maximum dose.
        await Page.GetByLabel("Version document (JSON)").FillAsync(Document(effectiveFrom: "2020-01-01T00:00:00Z", title: null, topTierMg: 150));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        var problems = Page.GetByTestId("publish-problems");
        await Expect(problems).ToContainTextAsync("The version was not published");
        await Expect(problems.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "effectiveFrom" })).ToHaveCountAsync(1);
        await Expect(problems.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "title" })).ToHaveCountAsync(1);
        await Expect(problems.GetByRole(AriaRole.Listitem).Filter(new() { HasTextRegex = new Regex("doseTiers|maxDailyDoseMg") })).Not.ToHaveCountAsync(0);
        await Expect(Page.Locator("#document-errors")).ToContainTextAsync("effectiveFrom");
        await Expect(Page.GetByLabel("Version document (JSON)")).ToHaveValueAsync(new Regex("2020-01-01T00:00:00Z"));
        await AssertAccessibleAsync("publish-refused");

        await Page.GotoAsync("/admin/protocols");
        await Expect(Page.GetByTestId("protocol-" + _protocolId)).ToHaveCountAsync(0);

        await Page.GotoAsync("/admin/protocols/publish");
        var start = DateTimeOffset.UtcNow.AddSeconds(10).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        // This time as an uploaded file, which takes the place of the box's text.
        await Page.GetByLabel("Or upload the document's file").SetInputFilesAsync(new FilePayload
        {
            Name = $"{_protocolId}.v1.json",
            MimeType = "application/json",
            Buffer = System.Text.Encoding.UTF8.GetBytes(Document(effectiveFrom: start, title: "Web test protocol", topTierMg: 120)),
        });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();

        await Expect(Page.GetByTestId("published-notice")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"{_protocolId}, version 1", Level = 1 })).ToBeVisibleAsync();
        var tiers = Page.GetByTestId("dose-tiers");
        await Expect(tiers.GetByRole(AriaRole.Row, new() { Name = "Up to 60 mg" })).ToContainTextAsync("One reviewer decides");
        await Expect(tiers.GetByRole(AriaRole.Row, new() { Name = "Above 60 mg, up to 120 mg" })).ToContainTextAsync("Collegial: opinions of 2 specialists");
        await Expect(Page.GetByTestId("clocks").GetByRole(AriaRole.Row, new() { Name = "Review of an expedited request" })).ToContainTextAsync("3 days PT72H");
        await Expect(Page.GetByTestId("clocks").GetByRole(AriaRole.Row, new() { Name = "Review of a standard request" })).ToContainTextAsync("5 working days (FR)");
        await AssertAccessibleAsync("version");

        // In force once its start has passed: the list marks it (bounded wait).
        await Page.GotoAsync("/admin/protocols");
        var status = Page.GetByTestId($"status-{_protocolId}-1");
        for (var attempt = 0; attempt < 40 && !(await status.InnerTextAsync()).Contains("In force", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(500);
            await Page.ReloadAsync();
        }

        await Expect(status).ToHaveTextAsync("✓ In force");
        await AssertAccessibleAsync("protocols");
    }

    string Document(string effectiveFrom, string? title, int topTierMg) => $$"""
        {
          "protocolId": "{{_protocolId}}",
          "version": 1,
          "effectiveFrom": "{{effectiveFrom}}",
          {{(title is null ? "" : $"\"title\": \"{title}\",")}}
          "indications": ["alcohol-dependence"],
          "maxDailyDoseMg": 120,
          "doseTiers": [
            { "upToMg": 60, "review": "single" },
            { "upToMg": {{topTierMg}}, "review": "collegial", "specialists": 2 }
          ],
          "approvalValidity": "P180D",
          "maxApprovalValidity": "P365D",
          "followUpInterval": "P31D",
          "renewalReminders": ["P30D", "P7D"],
          "reviewClocks": { "standard": { "workingDays": 5, "calendar": "FR" }, "expedited": "PT72H" },
          "informationDeadline": "P14D",
          "taper": { "minStepMg": 10, "maxStepMg": 15, "stepInterval": "P2D" }
        }
        """;
}

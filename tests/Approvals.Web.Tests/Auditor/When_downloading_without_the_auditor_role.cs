using Approvals.Web.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Approvals.Web.Tests.Auditor;

public sealed class When_downloading_without_the_auditor_role(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Should_send_a_signed_in_non_auditor_to_the_forbidden_page()
    {
        await SignInAsDemoAsync("dr-martin");

        await Page.GotoAsync("/audit/export?format=csv");

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/forbidden"));
    }

    [Fact]
    public async Task Should_send_someone_signed_out_to_sign_in()
    {
        var response = await Page.APIRequest.GetAsync("/audit/metrics/csv", new() { MaxRedirects = 0 });

        Assert.Equal(302, response.Status);
        Assert.Contains("/signin", response.Headers["location"], StringComparison.Ordinal);
    }
}

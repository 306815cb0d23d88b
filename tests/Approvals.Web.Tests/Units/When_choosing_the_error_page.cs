using Approvals.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Approvals.Web.Tests.Units;

public sealed class When_choosing_the_error_page
{
    const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Theory]
    [InlineData("/reviews/4d1c5a52-1f0e-4b8e-9f57-5f7f2d2c8a11", BrowserAccept)]
    [InlineData("/", "text/html")]
    [InlineData("/requests/new", "text/html; blazor-enhanced-nav=on")]
    [InlineData("/audit", "TEXT/HTML")]
    public void Should_show_a_browser_the_html_page_when_a_page_fails(string path, string accept)
    {
        Assert.True(HtmlErrorPage.IsWanted(Request(path, accept)));
    }

    [Theory]
    [InlineData("/api/v1/reviews", BrowserAccept)]
    [InlineData("/api/v1/requests", "application/json")]
    [InlineData("/health/ready", "text/html")]
    [InlineData("/openapi/v1.json", "text/html")]
    [InlineData("/reviews", "application/json")]
    [InlineData("/reviews", "application/problem+json, text/html;q=0")]
    [InlineData("/reviews", null)]
    public void Should_keep_problem_details_for_the_api_and_callers_that_do_not_ask_for_html(string path, string? accept)
    {
        Assert.False(HtmlErrorPage.IsWanted(Request(path, accept)));
    }

    [Fact]
    public void Should_render_the_error_page_in_a_fresh_scope()
    {
        var options = HtmlErrorPage.HandlerOptions();

        Assert.Equal("/error", options.ExceptionHandlingPath);
        Assert.True(options.CreateScopeForErrors);
        Assert.NotNull(options.ExceptionHandler);
    }

    static DefaultHttpContext Request(string path, string? accept)
    {
        var http = new DefaultHttpContext();
        http.Request.Path = path;
        if (accept is not null)
            http.Request.Headers.Accept = accept;
        return http;
    }
}

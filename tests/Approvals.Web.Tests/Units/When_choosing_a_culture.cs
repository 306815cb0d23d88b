using System.Globalization;
using Approvals.Web.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Approvals.Web.Tests.Units;

/// <summary>Texts in English or French; dates and numbers in the browser's own region.</summary>
public sealed class When_choosing_a_culture
{
    [Theory]
    [InlineData("en-GB,en;q=0.9", "en-GB", "en", "07/12/2026")]
    [InlineData("en-US,en;q=0.9", "en-US", "en", "12/7/2026")]
    [InlineData("fr-CA,fr;q=0.9", "fr-CA", "fr", "2026-12-07")]
    [InlineData("fr-FR", "fr-FR", "fr", "07/12/2026")]
    [InlineData("de-DE", "en", "en", "12/7/2026")]
    public async Task Should_format_in_the_browsers_region_and_write_in_an_offered_language(
        string acceptLanguage, string culture, string uiCulture, string date)
    {
        var (formatting, language) = await CulturesFor(context => context.Request.Headers.AcceptLanguage = acceptLanguage);

        Assert.Equal(culture, formatting.Name);
        Assert.Equal(uiCulture, language.Name);
        Assert.Equal(date, new DateTime(2026, 12, 7).ToString("d", formatting));
    }

    [Fact]
    public async Task Should_prefer_the_language_chosen_with_the_switcher()
    {
        var (_, language) = await CulturesFor(context =>
        {
            context.Request.Headers.AcceptLanguage = "en-GB";
            context.Request.Headers.Cookie = $"{CookieRequestCultureProvider.DefaultCookieName}=" +
                Uri.EscapeDataString(CookieRequestCultureProvider.MakeCookieValue(new RequestCulture("fr")));
        });

        Assert.Equal("fr", language.Name);
    }

    static async Task<(CultureInfo Culture, CultureInfo UiCulture)> CulturesFor(Action<HttpContext> request)
    {
        var context = new DefaultHttpContext();
        request(context);
        (CultureInfo, CultureInfo) seen = default;
        var middleware = new RequestLocalizationMiddleware(_ =>
        {
            seen = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            return Task.CompletedTask;
        }, Options.Create(WebCultures.Options()), NullLoggerFactory.Instance);
        await middleware.Invoke(context);
        return seen;
    }
}

using Approvals.Web.Hosting;
using Approvals.Web.Localization;
using Approvals.Web.Security;

namespace Approvals.Web.Tests.Units;

public sealed class When_choosing_addresses_and_zones
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://+:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://[::]:8080", "http://127.0.0.1:8080/")]
    [InlineData("https://localhost:5443;http://localhost:5080", "http://localhost:5080/")]
    public void Should_call_its_own_process_over_loopback_http(string listening, string expected)
    {
        Assert.Equal(new Uri(expected), ApiBaseAddress.Loopback(listening.Split(';')));
    }

    [Theory]
    [InlineData("/reviews/1", "/reviews/1")]
    [InlineData("/reviews?status=open", "/reviews?status=open")]
    [InlineData("https://evil.example", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData(null, "/")]
    public void Should_redirect_only_within_the_site(string? url, string expected)
    {
        Assert.Equal(expected, SessionEndpoints.LocalOrHome(url));
    }

    [Theory]
    [InlineData("Europe/Paris", "Europe/Paris")]
    [InlineData("America/New_York", "America/New_York")]
    [InlineData("Mars/Olympus_Mons", "UTC")]
    [InlineData("", "UTC")]
    [InlineData(null, "UTC")]
    public void Should_use_the_browsers_zone_when_known_else_utc(string? cookie, string expected)
    {
        Assert.Equal(expected, UserClock.ZoneFrom(cookie).Id);
    }

    [Fact]
    public void Should_allow_only_our_own_scripts_and_the_circuit_socket()
    {
        var policy = SecurityHeaders.Policy("ws://127.0.0.1:5080", "");

        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("script-src 'self';", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Contains("connect-src 'self' ws://127.0.0.1:5080;", policy);
        Assert.Contains("form-action 'self';", policy);
        Assert.Contains("form-action 'self' https://login.example.org;", SecurityHeaders.Policy("wss://x", "https://login.example.org"));
    }
}

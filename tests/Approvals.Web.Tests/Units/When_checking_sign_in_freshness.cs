using System.Security.Claims;
using Approvals.Web.Signing;

namespace Approvals.Web.Tests.Units;

public sealed class When_checking_sign_in_freshness
{
    static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData(0, true)]
    [InlineData(-300, true)]
    [InlineData(-301, false)]
    [InlineData(-3600, false)]
    [InlineData(30, true)]
    [InlineData(31, false)]
    public void Should_accept_only_a_sign_in_within_the_maximum_age_and_not_in_the_future(int secondsFromNow, bool recent)
    {
        Assert.Equal(recent, SignInFreshness.IsRecent(Now.AddSeconds(secondsFromNow), Now, MaxAge));
    }

    [Fact]
    public void Should_ask_again_when_the_sign_in_time_is_unknown()
    {
        Assert.False(SignInFreshness.IsRecent(null, Now, MaxAge));
    }

    [Theory]
    [InlineData("1796637600", 1796637600L)]
    [InlineData("not-a-number", null)]
    [InlineData("-5", null)]
    [InlineData("999999999999999999", null)]
    public void Should_read_auth_time_as_unix_seconds(string claim, long? expected)
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim("auth_time", claim)], "test"));

        Assert.Equal(expected, SignInFreshness.AuthenticatedAt(user)?.ToUnixTimeSeconds());
    }
}

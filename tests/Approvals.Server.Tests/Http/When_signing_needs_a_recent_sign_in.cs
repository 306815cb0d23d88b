using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Approvals.Server.Tests.Http;

/// <summary>A decision is a signature: it needs a sign-in from the last few minutes (RFC 9470 step-up).</summary>
public sealed class When_signing_needs_a_recent_sign_in(When_signing_needs_a_recent_sign_in.OneMinuteLimit api)
    : IClassFixture<When_signing_needs_a_recent_sign_in.OneMinuteLimit>
{
    public sealed class OneMinuteLimit : ApprovalsApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Signing:MaxAuthenticationAge", "00:01:00");
        }
    }

    static async Task<(OpenCase Case, HttpClient Reviewer)> OpenCaseForReviewerSignedInAsync(ApprovalsApiFactory factory, TimeSpan ago)
    {
        var open = await OpenCase.StartAsync(factory);
        var reviewer = await factory.SignedInClientAsync(open.ReviewerId, "Dr Okafor", DateTimeOffset.UtcNow - ago, Roles.Reviewer);
        return (open, reviewer);
    }

    [Fact]
    public async Task Should_refuse_a_sign_in_older_than_the_default_five_minutes_with_a_challenge()
    {
        await using var defaults = new ApprovalsApiFactory();
        var (open, reviewer) = await OpenCaseForReviewerSignedInAsync(defaults, TimeSpan.FromMinutes(6));

        using var response = await reviewer.DecideAsync(open.ReviewId, Decisions.Approve());

        var problem = await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("insufficient_user_authentication", problem.Str("error"));
        Assert.Equal(300, problem["maxAge"]!.GetValue<int>());
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Contains("error=\"insufficient_user_authentication\"", challenge.Parameter, StringComparison.Ordinal);
        Assert.Contains("max_age=\"300\"", challenge.Parameter, StringComparison.Ordinal);
        Assert.Contains("error_description=\"", challenge.Parameter, StringComparison.Ordinal);
        Assert.Equal("open", (await open.Reviewer.GetReviewAsync(open.ReviewId)).Str("status"));
    }

    [Fact]
    public async Task Should_accept_a_sign_in_within_the_default_limit()
    {
        await using var defaults = new ApprovalsApiFactory();
        var (open, reviewer) = await OpenCaseForReviewerSignedInAsync(defaults, TimeSpan.FromMinutes(4));

        using var response = await reviewer.DecideAsync(open.ReviewId, Decisions.Approve());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Should_follow_the_configured_limit()
    {
        var (stale, staleReviewer) = await OpenCaseForReviewerSignedInAsync(api, TimeSpan.FromMinutes(2));
        var (fresh, freshReviewer) = await OpenCaseForReviewerSignedInAsync(api, TimeSpan.FromSeconds(20));

        using var refused = await staleReviewer.DecideAsync(stale.ReviewId, Decisions.Deny());
        using var accepted = await freshReviewer.DecideAsync(fresh.ReviewId, Decisions.Deny());

        await refused.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("max_age=\"60\"", Assert.Single(refused.Headers.WwwAuthenticate).Parameter, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task Should_still_answer_403_to_a_caller_without_the_role()
    {
        var open = await OpenCase.StartAsync(api);
        using var auditor = await api.SignedInClientAsync(Users.NewId("auditor"), "Ms Audit", DateTimeOffset.UtcNow.AddHours(-1), Roles.Auditor);

        using var response = await auditor.DecideAsync(open.ReviewId, Decisions.Approve());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>A token <c>/dev/token</c> would not mint: its <c>auth_time</c> is whatever the test says.</summary>
    static HttpClient ReviewerSignedInAt(ApprovalsApiFactory factory, OpenCase open, JsonNode authTime) =>
        factory.ClientWith(new JsonObject
        {
            ["sub"] = open.ReviewerId,
            ["name"] = "Dr Okafor",
            ["role"] = Roles.Reviewer,
            ["auth_time"] = authTime,
        });

    [Theory]
    [InlineData(60)]
    [InlineData(24 * 3600)]
    public async Task Should_refuse_a_sign_in_in_the_future_with_a_challenge(int secondsAhead)
    {
        var open = await OpenCase.StartAsync(api);
        using var reviewer = ReviewerSignedInAt(api, open, DateTimeOffset.UtcNow.AddSeconds(secondsAhead).ToUnixTimeSeconds());

        using var response = await reviewer.DecideAsync(open.ReviewId, Decisions.Approve());

        var problem = await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("insufficient_user_authentication", problem.Str("error"));
        Assert.Contains("error=\"insufficient_user_authentication\"", Assert.Single(response.Headers.WwwAuthenticate).Parameter, StringComparison.Ordinal);
        Assert.Equal("open", (await open.Reviewer.GetReviewAsync(open.ReviewId)).Str("status"));
    }

    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    [InlineData(253402300800)]  // 10000-01-01, one second past the last instant a date can hold
    public async Task Should_refuse_an_auth_time_beyond_any_date_with_a_challenge(long authTime)
    {
        var open = await OpenCase.StartAsync(api);
        using var reviewer = ReviewerSignedInAt(api, open, authTime);

        using var response = await reviewer.DecideAsync(open.ReviewId, Decisions.Approve());

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("open", (await open.Reviewer.GetReviewAsync(open.ReviewId)).Str("status"));
    }

    [Fact]
    public async Task Should_accept_a_sign_in_a_little_ahead_within_the_clock_skew()
    {
        var open = await OpenCase.StartAsync(api);
        using var reviewer = ReviewerSignedInAt(api, open, DateTimeOffset.UtcNow.AddSeconds(10).ToUnixTimeSeconds());

        using var response = await reviewer.DecideAsync(open.ReviewId, Decisions.Approve());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Should_not_mint_a_dev_token_signed_in_in_the_future()
    {
        using var anonymous = api.CreateClient();

        using var response = await anonymous.PostAsJsonAsync("/dev/token",
            new { userId = "dr-future", roles = new[] { Roles.Reviewer }, authTime = DateTimeOffset.UtcNow.AddHours(1) });

        await response.AssertProblemNamingAsync(HttpStatusCode.BadRequest, "authTime");
    }
}

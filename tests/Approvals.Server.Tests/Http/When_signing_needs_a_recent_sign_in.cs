using System.Net;
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

    async Task<(OpenCase Case, HttpClient Reviewer)> OpenCaseForReviewerSignedInAsync(ApprovalsApiFactory factory, TimeSpan ago)
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
}

using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Approvals.Server.Tests.Http;

public sealed class When_a_caller_is_not_allowed(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Theory]
    [InlineData("GET", RequestsApi.Path)]
    [InlineData("POST", RequestsApi.Path)]
    [InlineData("GET", ReviewsApi.Path)]
    public async Task Should_answer_401_without_a_token(string method, string path)
    {
        using var anonymous = api.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        using var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Should_answer_401_for_a_token_signed_with_another_key()
    {
        // Same issuer, audience and claims as a dev token: only the key differs.
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity([new Claim("sub", "mallory"), new Claim("role", Roles.Reviewer)]),
            Issuer = "approvals-dev",
            Audience = "approvals",
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes("another-key-that-is-long-enough-to-sign-0123456789")),
                SecurityAlgorithms.HmacSha256),
        });
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", forged);

        using var response = await client.GetAsync(RequestsApi.Path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Prescriber, "GET", ReviewsApi.Path)]
    [InlineData(Roles.Reviewer, "POST", RequestsApi.Path)]
    [InlineData(Roles.Auditor, "POST", ReviewsApi.Path + "/3f1c2a9e-0000-4000-8000-000000000001/decision")]
    [InlineData(Roles.Specialist, "POST", ReviewsApi.Path + "/3f1c2a9e-0000-4000-8000-000000000001/decision")]
    [InlineData(Roles.Admin, "GET", RequestsApi.Path)]
    [InlineData(Roles.Admin, "GET", ReviewsApi.Path)]
    public async Task Should_answer_403_for_the_wrong_role(string role, string method, string path)
    {
        using var client = await api.ClientAsync(Users.NewId(role), role);
        // A body valid for either POST, so nothing but the role can be refused.
        var body = path.EndsWith("/decision", StringComparison.Ordinal) ? Decisions.Approve() : SubmissionBodies.Valid();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
            request.Headers.Add("Idempotency-Key", Users.NewIdempotencyKey());
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Should_hide_another_prescribers_request()
    {
        using var owner = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);
        using var other = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);
        var id = await owner.SubmitValidAsync();

        using var read = await other.GetAsync($"{RequestsApi.Path}/{id}");
        using var withdraw = await other.PostJsonAsync($"{RequestsApi.Path}/{id}/withdrawal", new JsonObject { ["reason"] = "Not mine." });

        await read.AssertProblemAsync(HttpStatusCode.NotFound);
        await withdraw.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain(await other.ListAllAsync(RequestsApi.Path), r => r.Id() == id);
        Assert.Contains(await owner.ListAllAsync(RequestsApi.Path), r => r.Id() == id);
    }

    [Theory]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Specialist)]
    public async Task Should_show_every_prescribers_requests_to(string role)
    {
        using var first = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);
        using var second = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);
        var ids = new[] { await first.SubmitValidAsync(), await second.SubmitValidAsync() };
        using var reader = await api.ClientAsync(Users.NewId(role), role);

        var listed = (await reader.ListAllAsync(RequestsApi.Path)).Select(r => r.Id()).ToHashSet();

        Assert.Subset(listed, ids.ToHashSet());
        Assert.Equal(ids[0], (await reader.GetRequestAsync(ids[0])).Id());
    }

    [Fact]
    public async Task Should_forbid_deciding_ones_own_request()
    {
        var userId = Users.NewId("prescriber-reviewer");
        using var both = await api.ClientAsync(userId, Roles.Prescriber, Roles.Reviewer);
        var requestId = await both.SubmitValidAsync();
        var review = await both.WaitForOpenReviewAsync(requestId);

        using var response = await both.DecideAsync(review.Id(), Decisions.Approve());

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("open", (await both.GetReviewAsync(review.Id())).Str("status"));
    }

    [Theory]
    [InlineData(Roles.Prescriber, "GET", RequestsApi.Path + "/{0}")]
    [InlineData(Roles.Reviewer, "GET", RequestsApi.Path + "/{0}")]
    [InlineData(Roles.Prescriber, "POST", RequestsApi.Path + "/{0}/withdrawal")]
    [InlineData(Roles.Prescriber, "POST", RequestsApi.Path + "/{0}/information")]
    [InlineData(Roles.Reviewer, "GET", ReviewsApi.Path + "/{0}")]
    [InlineData(Roles.Reviewer, "POST", ReviewsApi.Path + "/{0}/decision")]
    public async Task Should_answer_404_for_an_unknown_id(string role, string method, string template)
    {
        using var client = await api.ClientAsync(Users.NewId(role), role);
        using var request = new HttpRequestMessage(new HttpMethod(method), string.Format(null, template, Guid.NewGuid()));
        if (method == "POST")
        {
            // Bodies valid for each endpoint, so only the id can be at fault.
            var body = template.EndsWith("/withdrawal", StringComparison.Ordinal) ? new JsonObject { ["reason"] = "Changed my mind." }
                : template.EndsWith("/information", StringComparison.Ordinal) ? new JsonObject { ["text"] = "An answer." }
                : Decisions.Approve();
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}

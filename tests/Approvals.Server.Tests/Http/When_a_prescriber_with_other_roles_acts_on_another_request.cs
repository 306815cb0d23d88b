using System.Net;
using System.Text.Json.Nodes;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;
using static Approvals.Server.Tests.Infrastructure.ApprovedCase;

namespace Approvals.Server.Tests.Http;

/// <summary>
/// Seeing every request is a reviewer's, specialist's or auditor's right; acting as a request's prescriber is its
/// prescriber's alone. A caller who is a prescriber too gets 404 for another prescriber's request on every
/// prescriber's step, as a prescriber without other roles does, and nothing changes.
/// </summary>
public sealed class When_a_prescriber_with_other_roles_acts_on_another_request(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Theory]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.Specialist)]
    [InlineData(Roles.Auditor)]
    public async Task Should_not_answer_or_withdraw_it(string otherRole)
    {
        var open = await OpenCase.StartAsync(api);
        using var asked = await open.Reviewer.DecideAsync(open.ReviewId, Decisions.RequestInformation("Liver function tests?"));
        await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "awaiting-information");
        var strangerId = Users.NewId("prescriber-" + otherRole);
        using var stranger = await api.ClientAsync(strangerId, Roles.Prescriber, otherRole);

        using var answer = await stranger.PostJsonAsync(StepPath(open.RequestId, "information"), new JsonObject { ["text"] = "Normal." });
        using var withdrawal = await stranger.PostJsonAsync(StepPath(open.RequestId, "withdrawal"), new JsonObject { ["reason"] = "Mine now." });

        await answer.AssertProblemAsync(HttpStatusCode.NotFound);
        await withdrawal.AssertProblemAsync(HttpStatusCode.NotFound);
        // They still see it, and the prescriber's own answer is the one the workflow takes.
        Assert.Equal("awaiting-information", (await stranger.GetRequestAsync(open.RequestId)).Str("status"));
        using var own = await open.Prescriber.PostJsonAsync(StepPath(open.RequestId, "information"), new JsonObject { ["text"] = "ALT 30." });
        Assert.Equal(HttpStatusCode.Accepted, own.StatusCode);
        var request = await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "under-review");
        Assert.DoesNotContain(request["history"]!.AsArray(), h => h!.Str("actorId") == strangerId);
    }

    [Theory]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.Auditor)]
    public async Task Should_not_report_a_follow_up_or_ask_for_a_renewal(string otherRole)
    {
        var (open, _) = await StartAsync(api);
        await open.ReportFollowUpAsync();
        using var stranger = await api.ClientAsync(Users.NewId("prescriber-" + otherRole), Roles.Prescriber, otherRole);

        using var followUp = await stranger.PostJsonAsync(FollowUpsPath(open.RequestId), FollowUp());
        using var renewal = await stranger.PostJsonAsync(RenewalsPath(open.RequestId), new JsonObject { ["notes"] = "Mine now." });

        await followUp.AssertProblemAsync(HttpStatusCode.NotFound);
        await renewal.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Null((await open.Prescriber.GetRequestAsync(open.RequestId))["renewal"]!.Str("status"));
    }

    static string StepPath(Guid requestId, string step) => $"{RequestsApi.Path}/{requestId}/{step}";
}

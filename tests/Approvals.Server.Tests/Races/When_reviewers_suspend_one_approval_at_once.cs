using System.Net;
using System.Text.Json.Nodes;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Races;

/// <summary>
/// Fifty signed suspensions of one approval at once. One takes effect; every other one is refused on the record, at
/// once (409, from a check-and-set on the request) or by the workflow after a 202, and a caller who got a 202 finds
/// their order among the refusals unless it was the one applied. The trail balances: one applied, the rest refused.
/// </summary>
public sealed class When_reviewers_suspend_one_approval_at_once(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    const int Orders = 50;
    const int Reviewers = 5;

    /// <summary>Fifty refusals travel through the outbox and the bus to intake and the trail.</summary>
    static readonly TimeSpan Drain = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Should_apply_one_and_refuse_every_other_one_on_the_record()
    {
        var (open, _) = await ApprovedCase.StartAsync(api);
        var reviewers = await Task.WhenAll(Enumerable.Range(0, Reviewers).Select(_ => api.ClientAsync(Users.NewId("reviewer"), Roles.Reviewer)));
        using var auditor = await api.ClientAsync(Users.NewId("auditor"), Roles.Auditor);
        var path = $"{RequestsApi.Path}/{open.RequestId}/suspension";

        var answers = await Task.WhenAll(Enumerable.Range(0, Orders).Select(async i =>
        {
            using var response = await reviewers[i % Reviewers].PostJsonAsync(path, new JsonObject { ["reason"] = $"ALT five times normal ({i})" });
            return (response.StatusCode, Body: await response.JsonAsync());
        }));

        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Accepted, HttpStatusCode.Conflict }));
        var accepted = answers.Where(a => a.StatusCode == HttpStatusCode.Accepted).Select(a => a.Body).ToList();
        Assert.NotEmpty(accepted);
        Assert.All(accepted, body => Assert.Equal(("approved", "suspension"), (body.Str("status"), body.Str("accepted"))));

        var request = await Eventually.UntilAsync(
            () => open.Prescriber.GetRequestAsync(open.RequestId),
            r => r.Str("status") == "suspended" && Refusals(r).Count == Orders - 1,
            "one suspension applied and every other one refused on the request", Drain);
        Assert.Single(request["history"]!.AsArray(), h => h!.Str("status") == "suspended");
        var refusedOrders = Refusals(request).Select(r => r["orderId"]?.GetValue<Guid>()).OfType<Guid>().ToHashSet();
        Assert.Single(accepted, body => !refusedOrders.Contains(body.Id("orderId")));

        var trail = await auditor.WaitForTrailAsync(open.RequestId,
            t => t.Count(e => e.Str("action") == "suspension.refused") == Orders - 1,
            "every refused suspension in the trail", Drain);
        Assert.Single(trail, e => e.Str("action") == "request.suspended");
        Assert.Equal(Orders, trail.Count(e => e.Str("action") is "request.suspended" or "suspension.refused"));
    }

    static List<JsonObject> Refusals(JsonObject request) =>
        [.. request["refusals"]!.AsArray().Select(r => r!.AsObject()).Where(r => r.Str("action") == "suspension")];
}

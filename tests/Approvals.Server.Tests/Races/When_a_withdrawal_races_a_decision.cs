using System.Net;
using System.Text.Json.Nodes;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Races;

/// <summary>
/// The prescriber withdraws while the reviewer approves, both at once, round after round. Exactly one takes effect;
/// the other is told (409 at once, or a refusal the workflow records afterwards), and the request, the review and the
/// trail agree on which.
/// </summary>
public sealed class When_a_withdrawal_races_a_decision(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    const int Rounds = 6;

    [Fact]
    public async Task Should_let_exactly_one_win_and_tell_the_other()
    {
        using var auditor = await api.ClientAsync(Users.NewId("auditor"), Roles.Auditor);
        for (var round = 0; round < Rounds; round++)
        {
            var open = await OpenCase.StartAsync(api);
            var deciding = open.Reviewer.DecideAsync(open.ReviewId, Decisions.Approve());
            var withdrawing = open.Prescriber.PostJsonAsync($"{RequestsApi.Path}/{open.RequestId}/withdrawal",
                new JsonObject { ["reason"] = "The patient declined." });
            using var decided = await deciding;
            using var withdrawn = await withdrawing;
            Assert.Contains(decided.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict });
            Assert.Contains(withdrawn.StatusCode, new[] { HttpStatusCode.Accepted, HttpStatusCode.Conflict });

            var request = await Eventually.UntilAsync(
                () => open.Prescriber.GetRequestAsync(open.RequestId),
                r => r.Str("status") is "approved" or "withdrawn",
                $"round {round}: the request decided or withdrawn");
            if (request.Str("status") == "withdrawn")
                await AssertWithdrawalWon(open, auditor, decided.StatusCode);
            else
                await AssertApprovalWon(open, auditor);
        }
    }

    static async Task AssertWithdrawalWon(OpenCase open, HttpClient auditor, HttpStatusCode decision)
    {
        var review = await open.Reviewer.WaitForReviewStatusAsync(open.ReviewId, "cancelled");
        if (decision == HttpStatusCode.OK)
            Assert.Contains("void", review.Str("cancelReason"), StringComparison.Ordinal);
        var trail = await auditor.WaitForTrailAsync(open.RequestId,
            t => t.Any(e => e.Str("action") == "request.withdrawn") && t.Any(e => e.Str("action") == "decision.refused"),
            "the withdrawal and the refused decision in the trail");
        Assert.Single(trail, e => e.Str("action") == "decision.refused");
        Assert.DoesNotContain(trail, e => e.Str("action") is "request.approved" or "approval.granted" or "withdrawal.refused");
        Assert.Equal("withdrawn", (await open.Prescriber.GetRequestAsync(open.RequestId)).Str("status"));
    }

    static async Task AssertApprovalWon(OpenCase open, HttpClient auditor)
    {
        Assert.Equal("decided", (await open.Reviewer.GetReviewAsync(open.ReviewId)).Str("status"));
        var trail = await auditor.WaitForTrailAsync(open.RequestId,
            t => t.Any(e => e.Str("action") == "request.approved") && t.Any(e => e.Str("action") == "withdrawal.refused"),
            "the approval and the refused withdrawal in the trail");
        Assert.Single(trail, e => e.Str("action") == "withdrawal.refused");
        Assert.DoesNotContain(trail, e => e.Str("action") is "request.withdrawn" or "decision.refused");
        // The prescriber who got a 202 sees on the request that the withdrawal came too late.
        var request = await Eventually.UntilAsync(
            () => open.Prescriber.GetRequestAsync(open.RequestId),
            r => r["refusals"]!.AsArray().Any(f => f!.Str("action") == "withdrawal"),
            "the refused withdrawal on the request");
        var refusal = Assert.Single(request["refusals"]!.AsArray(), f => f!.Str("action") == "withdrawal")!;
        Assert.Equal((open.PrescriberId, 409), (refusal.Str("actorId"), refusal["status"]!.GetValue<int>()));
        Assert.Equal("approved", request.Str("status"));
    }
}

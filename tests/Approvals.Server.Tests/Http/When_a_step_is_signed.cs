using System.Net;
using System.Text.Json.Nodes;
using Approvals.Contracts;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Http;

/// <summary>
/// Decisions, questions, suspensions and revocations carry an electronic signature: signer, printed name, time,
/// meaning and the hash of the record version signed, shown wherever the step is shown.
/// </summary>
public sealed class When_a_step_is_signed(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    static JsonObject Reason(string text) => new() { ["reason"] = text };

    [Fact]
    public async Task Should_show_the_reviewer_s_signature_on_the_decision_in_both_views_and_on_the_timeline()
    {
        var open = await OpenCase.StartAsync(api);
        using var reviewer = await api.SignedInClientAsync(open.ReviewerId, "Dr Amara Okafor", DateTimeOffset.UtcNow, Roles.Reviewer);

        using var decided = await reviewer.DecideAsync(open.ReviewId, Decisions.Approve());

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var inReview = (await decided.JsonAsync())["decision"]!["signature"]!;
        AssertSignature(inReview, open.ReviewerId, "Dr Amara Okafor", "approval");
        var request = await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "approved");
        Assert.Equal(inReview.ToJsonString(), request["decision"]!["signature"]!.ToJsonString());
        Assert.Equal(inReview.ToJsonString(), request["history"]!.AsArray()[^1]!["signature"]!.ToJsonString());
    }

    [Fact]
    public async Task Should_bind_each_signature_to_its_own_record_version()
    {
        var first = await OpenCase.StartAsync(api);
        var second = await OpenCase.StartAsync(api);

        using var asked = await first.Reviewer.DecideAsync(first.ReviewId, Decisions.RequestInformation("Liver tests?"));
        using var denied = await second.Reviewer.DecideAsync(second.ReviewId, Decisions.Deny());

        var question = (await asked.JsonAsync())["decision"];
        var questionSignature = await Eventually.UntilAsync(
            () => first.Prescriber.GetRequestAsync(first.RequestId),
            r => r["history"]!.AsArray()[^1]!["signature"] is not null, "the question's signature on the timeline");
        AssertSignature(questionSignature["history"]!.AsArray()[^1]!["signature"]!, first.ReviewerId, null, "review");
        Assert.Null(question);
        var denial = (await denied.JsonAsync())["decision"]!["signature"]!;
        AssertSignature(denial, second.ReviewerId, null, "denial");
        Assert.NotEqual(questionSignature["history"]!.AsArray()[^1]!["signature"]!.Str("signedRecordHash"), denial.Str("signedRecordHash"));
    }

    [Fact]
    public async Task Should_sign_suspensions_and_revocations_but_not_reinstatements()
    {
        var (open, _) = await ApprovedCase.StartAsync(api);
        var path = $"{RequestsApi.Path}/{open.RequestId}";

        using var suspended = await open.Reviewer.PostJsonAsync($"{path}/suspension", Reason("Liver enzymes"));
        await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "suspended");
        await api.WaitForReviewViewAsync(open.RequestId, RequestStatus.Suspended);
        using var reinstated = await open.Reviewer.PostJsonAsync($"{path}/reinstatement", Reason("Enzymes normal"));
        await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "approved", historyEntries: 5);
        await api.WaitForReviewViewAsync(open.RequestId, RequestStatus.Approved);
        using var revoked = await open.Reviewer.PostJsonAsync($"{path}/revocation", Reason("Seizure"));
        var request = await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "revoked");

        var history = request["history"]!.AsArray().Select(h => h!).ToList();
        AssertSignature(history.Single(h => h.Str("status") == "suspended")["signature"]!, open.ReviewerId, null, "suspension");
        AssertSignature(history.Single(h => h.Str("status") == "revoked")["signature"]!, open.ReviewerId, null, "revocation");
        Assert.Null(history.Last(h => h.Str("status") == "approved")["signature"]);
    }

    [Fact]
    public async Task Should_refuse_a_suspension_or_revocation_with_a_stale_sign_in()
    {
        var (open, _) = await ApprovedCase.StartAsync(api);
        using var stale = await api.SignedInClientAsync(open.ReviewerId, "Dr Okafor", DateTimeOffset.UtcNow.AddMinutes(-30), Roles.Reviewer);
        var path = $"{RequestsApi.Path}/{open.RequestId}";

        using var suspension = await stale.PostJsonAsync($"{path}/suspension", Reason("Liver enzymes"));
        using var revocation = await stale.PostJsonAsync($"{path}/revocation", Reason("Seizure"));

        foreach (var response in new[] { suspension, revocation })
        {
            var problem = await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
            Assert.Equal("insufficient_user_authentication", problem.Str("error"));
            Assert.Contains("insufficient_user_authentication", Assert.Single(response.Headers.WwwAuthenticate).Parameter, StringComparison.Ordinal);
        }

        Assert.Equal("approved", (await open.Prescriber.GetRequestAsync(open.RequestId)).Str("status"));
    }

    static void AssertSignature(JsonNode signature, string signerId, string? printedName, string meaning)
    {
        Assert.Equal(signerId, signature.Str("signerId"));
        Assert.Equal(printedName ?? signerId, signature.Str("printedName"));
        Assert.Equal(meaning, signature.Str("meaning"));
        Assert.Matches("^[0-9a-f]{64}$", signature.Str("signedRecordHash"));
        Assert.True(DateTimeOffset.UtcNow - signature["signedAt"]!.GetValue<DateTimeOffset>() < TimeSpan.FromMinutes(1));
    }
}

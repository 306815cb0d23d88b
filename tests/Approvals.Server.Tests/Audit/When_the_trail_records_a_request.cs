using System.Net;
using System.Text.Json.Nodes;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Audit;

/// <summary>Every transition of a request's timeline reaches its trail, with who acted, in which role, and why.</summary>
public sealed class When_the_trail_records_a_request(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Fact]
    public async Task Should_hold_each_timeline_transition_with_its_actor_and_reason()
    {
        var (prescriber, reviewer, auditor) = await PeopleAsync();
        var requestId = await prescriber.SubmitValidAsync();
        var reviewId = (await reviewer.WaitForOpenReviewAsync(requestId)).Id();
        Assert.Equal(HttpStatusCode.OK, (await reviewer.DecideAsync(reviewId, Decisions.RequestInformation("Liver function tests?"))).StatusCode);
        await prescriber.WaitForRequestStatusAsync(requestId, "awaiting-information");
        using var answered = await prescriber.PostJsonAsync($"{RequestsApi.Path}/{requestId}/information", new JsonObject { ["text"] = "Normal." });
        Assert.Equal(HttpStatusCode.Accepted, answered.StatusCode);
        await reviewer.WaitForReviewStatusAsync(reviewId, "open");
        Assert.Equal(HttpStatusCode.OK, (await reviewer.DecideAsync(reviewId, Decisions.ApproveModified(40))).StatusCode);
        var history = (await prescriber.WaitForRequestStatusAsync(requestId, "approved", historyEntries: 5))["history"]!.AsArray();

        var trail = await auditor.WaitForTrailAsync(requestId,
            t => t.Timeline().Count == history.Count && t.Any(e => e.Str("action") == "approval.granted"), "the whole trail");

        var timeline = trail.Timeline();
        Assert.Equal(history.Select(h => "request." + h!.Str("status")), timeline.Select(e => e.Str("action")));
        Assert.Equal(history.Select(h => h!.Str("actorId")), timeline.Select(e => e.Str("actorId")));
        Assert.Equal(history.Select(h => h!.Str("reason")), timeline.Select(e => e.Str("reason")));
        Assert.Equal(history.Select(h => h!["at"]!.GetValue<DateTimeOffset>()), timeline.Select(e => e["occurredAt"]!.GetValue<DateTimeOffset>()));
        Assert.Equal(Enumerable.Range(1, history.Count), timeline.Select(e => e["entityVersion"]!.GetValue<int>()));
        Assert.Equal(["Dr Martin", "system", "Dr Okafor", "Dr Martin", "Dr Okafor"], timeline.Select(e => e.Str("actorName")));
        Assert.Equal(["prescriber", "system", "reviewer", "prescriber", "reviewer"], timeline.Select(e => e.Str("actorRole")));
        Assert.Equal([null, "submitted", "under-review", "awaiting-information", "under-review"],
            timeline.Select(e => e["oldValues"]?.Str("status")));
    }

    [Fact]
    public async Task Should_record_the_decision_and_what_it_caused_under_one_correlation_id()
    {
        var (prescriber, reviewer, auditor) = await PeopleAsync();
        var requestId = await prescriber.SubmitValidAsync();
        var reviewId = (await reviewer.WaitForOpenReviewAsync(requestId)).Id();
        Assert.Equal(HttpStatusCode.OK, (await reviewer.DecideAsync(reviewId, Decisions.ApproveModified(40))).StatusCode);

        var trail = await auditor.WaitForTrailAsync(requestId,
            t => t.Any(e => e.Str("action") == "approval.granted") && t.Any(e => e.Str("action") == "request.approved"), "the approval");

        var decision = trail.Only("decision.recorded");
        Assert.Equal(("Dr Okafor", "reviewer", "review", reviewId.ToString()), (decision.Str("actorName"), decision.Str("actorRole"),
            decision.Str("entityType"), decision.Str("entityId")));
        Assert.Equal("approve-modified", decision["newValues"]!.Str("outcome"));
        Assert.Equal(40m, decision["newValues"]!["approvedDailyDoseMg"]!.GetValue<decimal>());
        var granted = trail.Only("approval.granted");
        Assert.True(granted["newValues"]!["modified"]!.GetValue<bool>());
        var approved = trail.Only("request.approved");
        Assert.Equal("approve-modified", approved["newValues"]!["decision"]!.Str("outcome"));
        Assert.Equal(decision.Str("correlationId"), approved.Str("correlationId"));
        Assert.Equal(decision.Str("correlationId"), granted.Str("correlationId"));
        // The signature is lifted out of both entries, and it is the one the request view shows.
        var signature = (await prescriber.WaitForRequestStatusAsync(requestId, "approved"))["decision"]!["signature"]!.ToJsonString();
        Assert.Equal(signature, decision["signature"]!.ToJsonString());
        Assert.Equal(signature, approved["signature"]!.ToJsonString());
        Assert.Equal("approval", decision["signature"]!.Str("meaning"));
        var submission = trail.Only("submission.recorded");
        Assert.Equal(("standard", "PT-004211"), (submission["newValues"]!.Str("urgency"), submission["newValues"]!["patient"]!.Str("pseudonym")));
    }

    [Fact]
    public async Task Should_record_a_denial_and_a_withdrawal_like_their_timelines()
    {
        var (prescriber, reviewer, auditor) = await PeopleAsync();
        var denied = await prescriber.SubmitValidAsync();
        var withdrawn = await prescriber.SubmitValidAsync();
        Assert.Equal(HttpStatusCode.OK, (await reviewer.DecideAsync((await reviewer.WaitForOpenReviewAsync(denied)).Id(), Decisions.Deny())).StatusCode);
        await reviewer.WaitForOpenReviewAsync(withdrawn);
        using var withdrawal = await prescriber.PostJsonAsync($"{RequestsApi.Path}/{withdrawn}/withdrawal", new JsonObject { ["reason"] = "Moved away." });
        Assert.Equal(HttpStatusCode.Accepted, withdrawal.StatusCode);

        foreach (var (id, status) in new[] { (denied, "denied"), (withdrawn, "withdrawn") })
        {
            var history = (await prescriber.WaitForRequestStatusAsync(id, status, historyEntries: 3))["history"]!.AsArray();
            var trail = await auditor.WaitForTrailAsync(id, t => t.Timeline().Count == history.Count, $"the {status} request's timeline");
            Assert.Equal(history.Select(h => ("request." + h!.Str("status"), h!.Str("actorId"), h!.Str("reason"))),
                trail.Timeline().Select(e => (e.Str("action") ?? "", e.Str("actorId"), e.Str("reason"))));
        }

        var withdrawalTrail = await auditor.ListAllAsync(AuditApi.TrailOf(withdrawn));
        Assert.Equal("Moved away.", withdrawalTrail.Only("withdrawal.requested").Str("reason"));
        var denialTrail = await auditor.WaitForTrailAsync(denied, t => t.Any(e => e.Str("action") == "approval.denied"), "the denial");
        Assert.Equal("INSUFFICIENT_EVIDENCE", denialTrail.Only("approval.denied")["newValues"]!.Str("reasonCode"));
    }

    async Task<(HttpClient Prescriber, HttpClient Reviewer, HttpClient Auditor)> PeopleAsync() =>
        (await api.SignedInClientAsync(Users.NewId("prescriber"), "Dr Martin", null, Roles.Prescriber),
            await api.SignedInClientAsync(Users.NewId("reviewer"), "Dr Okafor", null, Roles.Reviewer),
            await api.ClientAsync(Users.NewId("auditor"), Roles.Auditor));
}

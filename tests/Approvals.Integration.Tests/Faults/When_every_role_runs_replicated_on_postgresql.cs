using System.Net;
using System.Text.Json.Nodes;
using Approvals.Audit.Recording;
using Approvals.Integration.Tests.Accounting;
using Approvals.Integration.Tests.Infrastructure;
using Approvals.Integration.Tests.Load;
using Xunit.Abstractions;

namespace Approvals.Integration.Tests.Faults;

/// <summary>
/// The distributed deployment at its full shape: 2 intake, 3 workflow, 2 review and 1 audit process on one PostgreSQL
/// database and one RabbitMQ virtual host. Load goes through both intake replicas; one workflow and one review replica
/// are killed (SIGKILL) mid-load; every review clock runs out on the way (a protocol version with a 40-second clock), so
/// the pollers of the surviving workflow replicas must fire each reminder and deadline once.
/// </summary>
[Trait(Category.Trait, Category.Fault)]
[Trait(Category.Trait, Category.PostgreSql)]
[Collection(BrokerWideFaults.Name)]
public sealed class When_every_role_runs_replicated_on_postgresql(ITestOutputHelper output)
{
    static readonly TimeSpan ReviewClock = TimeSpan.FromSeconds(40);

    static readonly Dictionary<string, int> Shape = new(StringComparer.Ordinal) { ["intake"] = 2, ["workflow"] = 3, ["review"] = 2, ["audit"] = 1 };

    [Fact]
    public async Task Should_decide_every_accepted_request_once_fire_every_timer_once_and_keep_the_trail_whole()
    {
        await using var deployment = await ReplicatedDeployment.Start(output, Shape);
        await deployment.Explain(async () =>
        {
            var (intakeA, intakeB) = (deployment.Replicas("intake")[0], deployment.Replicas("intake")[1]);
            var http = deployment.Http;
            var prescriber = await ApiUser.SignIn(http, intakeA.BaseAddress, "replica-prescriber", "prescriber");
            var ledger = new Ledger(Expectation.OverdueInReview);
            await PublishShortReviewClock(deployment, ledger);

            var perIntake = FaultScale.Requests(30);
            var patience = FaultScale.Patience(120);
            var loads = new[]
            {
                new LoadDriver(prescriber, ledger).Paced(perIntake, TimeSpan.FromMilliseconds(300)),
                new LoadDriver(prescriber.At(intakeB.BaseAddress), ledger, firstPatient: perIntake).Paced(perIntake, TimeSpan.FromMilliseconds(300)),
            };
            await Eventually.True(() => ledger.AcceptedCount >= 2 * perIntake / 3, "a third of the requests were not accepted", patience);
            var (workflowKilled, reviewKilled) = (deployment.Replicas("workflow")[0], deployment.Replicas("review")[0]);
            await Task.WhenAll(workflowKilled.Kill(), reviewKilled.Kill());
            deployment.Note($"workflow and review replica killed (SIGKILL) after {ledger.AcceptedCount} accepted");
            await Task.WhenAll(loads);
            deployment.Note($"load done: {ledger.AcceptedCount} accepted, {ledger.Unknown.Count} uncertain");
            Assert.Empty(ledger.Unknown);

            // Each review went overdue once: one more timeline entry, the review flagged, no request decided yet.
            await deployment.Settle(ledger, patience);

            var reviewer = await ApiUser.SignIn(http, intakeA.BaseAddress, "replica-reviewer", "reviewer");
            var survivingReview = reviewer.At(deployment.Replicas("review")[1].BaseAddress);
            var reviews = await ReviewQueue.WaitForEach(survivingReview, ledger.AcceptedIds, patience);
            await ReviewQueue.ApproveAll(survivingReview, reviews.Values);
            ledger.ExpectAll(Expectation.ApprovedAfterOverdue);
            await deployment.Settle(ledger, patience);

            Assert.Equal(0, await deployment.Databases.OverdueTimers(DateTimeOffset.UtcNow));
            await AssertTrailWhole(deployment, ledger.AcceptedIds);
            Assert.All(deployment.Replicas("intake").Concat(deployment.Replicas("audit")), s => Assert.False(s.HasExited, s.Describe()));
        });
    }

    /// <summary>
    /// The shipped protocol again as version 4, with a review clock short enough to run out during the test; in force a
    /// few seconds after publication (the API refuses a version taking effect in the past).
    /// </summary>
    static async Task PublishShortReviewClock(ReplicatedDeployment deployment, Ledger ledger)
    {
        var intake = deployment.Replicas("intake")[0];
        var admin = await ApiUser.SignIn(deployment.Http, intake.BaseAddress, "replica-admin", "admin");
        var document = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryPaths.In("src", "Approvals.Server", "protocols", "baclofen-aud.v3.json")))!.AsObject();
        // Far enough ahead that the workflow hears of it before it takes effect, and so sets a timer for that moment.
        var effectiveFrom = DateTimeOffset.UtcNow.AddSeconds(8);
        document["version"] = 4;
        document["effectiveFrom"] = effectiveFrom.ToString("O");
        document["title"] = "Baclofen in alcohol dependence (review clock shortened for the replica test)";
        var clock = System.Xml.XmlConvert.ToString(ReviewClock);
        document["reviewClocks"] = new JsonObject { ["standard"] = clock, ["expedited"] = clock };
        var (status, body) = await admin.Send(HttpMethod.Post, "/api/v1/protocols/baclofen-aud/versions", document);
        Assert.True(status == HttpStatusCode.Created, $"publishing answered {(int)status}: {body?.ToJsonString()}");
        // The workflow hears of the version, then of it taking effect (its timer fires through the inbox).
        ledger.DeploymentMessages("workflow", 2);

        await Eventually.True(async () =>
        {
            var (_, protocols) = await admin.Send(HttpMethod.Get, "/api/v1/protocols");
            return protocols!["items"]!.AsArray().Any(p => p!["protocolId"]!.GetValue<string>() == "baclofen-aud" && p["inForceVersion"]?.GetValue<int>() == 4);
        }, "version 4 never came into force", TimeSpan.FromSeconds(30));
        deployment.Note("protocol version 4 in force: a 40-second review clock");
    }

    /// <summary>
    /// The trail the audit process wrote: the chain verifies, its sequence has no gap, no event is recorded twice, and
    /// each request shows each timer's effect and each decision exactly once.
    /// </summary>
    static async Task AssertTrailWhole(ReplicatedDeployment deployment, IReadOnlyCollection<Guid> requests)
    {
        var auditor = await ApiUser.SignIn(deployment.Http, deployment.Replicas("audit")[0].BaseAddress, "replica-auditor", "auditor");
        var (status, verification) = await auditor.Send(HttpMethod.Get, "/api/v1/audit/verification");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(verification!["valid"]!.GetValue<bool>(), verification.ToJsonString());

        var trail = await deployment.Databases.ReadTrail();
        deployment.Note($"trail: {trail.Count} entries, sequences {trail.FirstSequence}..{trail.LastSequence}");
        Assert.Equal(trail.Count, verification["entries"]!.GetValue<long>());
        Assert.True(trail.IsGapless, $"sequences {trail.FirstSequence}..{trail.LastSequence} for {trail.Count} entries");
        Assert.Empty(trail.RepeatedMessages);
        string[] once =
        [
            AuditActions.SubmissionRecorded, AuditActions.ReviewDeadlineApproaching, AuditActions.ReviewOverdue,
            AuditActions.DecisionRecorded, AuditActions.ApprovalGranted,
        ];
        Assert.All(requests, id => Assert.All(once, action => Assert.True(trail.Occurrences(id, action) == 1,
            $"{id}: {trail.Occurrences(id, action)} × {action}; trail: {string.Join(", ", trail.ActionsByRequest[id])}")));
    }
}

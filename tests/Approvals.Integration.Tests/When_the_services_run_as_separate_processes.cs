using System.Net;
using System.Text.Json.Nodes;
using Approvals.Integration.Tests.Infrastructure;
using Approvals.Integration.Tests.Load;

namespace Approvals.Integration.Tests;

/// <summary>Intake, Review and Workflow in three processes, talking only through a real RabbitMQ broker.</summary>
public sealed class When_the_services_run_as_separate_processes(DistributedDeployment deployment) : IClassFixture<DistributedDeployment>
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Should_walk_a_request_from_submission_through_a_question_to_approval()
    {
        var (prescriber, reviewer) = await deployment.SignIn("it-prescriber", "it-reviewer");

        var (submitted, receipt) = await Submit(prescriber, new
        {
            protocolId = "baclofen-aud",
            patient = new { pseudonym = "PT-7781", birthYear = 1969, sex = "female" },
            dailyDoseMg = 75,
            urgency = "expedited",
            indication = "alcohol-dependence",
            justification = "Relapsed after acamprosate and naltrexone.",
            priorTreatments = new[] { "acamprosate", "naltrexone" },
            patientConsent = true,
        });
        Assert.Equal(HttpStatusCode.Accepted, submitted);
        var requestId = receipt!["id"]!.GetValue<string>();

        var review = await FindOpenReview(reviewer, requestId);
        var reviewId = review["id"]!.GetValue<string>();
        Assert.Equal("expedited", review["urgency"]!.GetValue<string>());

        var (asked, _) = await reviewer.Send(HttpMethod.Post, $"/api/v1/reviews/{reviewId}/decision",
            new { outcome = "request-information", questions = new[] { "Liver function tests?" } });
        Assert.Equal(HttpStatusCode.OK, asked);
        await prescriber.WaitFor($"/api/v1/requests/{requestId}", r => Status(r) == "awaiting-information", Patience, () => deployment.Logs);

        var (answered, _) = await prescriber.Send(HttpMethod.Post, $"/api/v1/requests/{requestId}/information",
            new { text = "Normal, results attached to the file." });
        Assert.Equal(HttpStatusCode.Accepted, answered);
        await reviewer.WaitFor($"/api/v1/reviews/{reviewId}", r => Status(r) == "open", Patience, () => deployment.Logs);

        var (decided, _) = await reviewer.Send(HttpMethod.Post, $"/api/v1/reviews/{reviewId}/decision",
            new { outcome = "approve-modified", approvedDailyDoseMg = 60, rationale = "Start below the requested dose." });
        Assert.Equal(HttpStatusCode.OK, decided);

        var request = await prescriber.WaitFor($"/api/v1/requests/{requestId}", r => Status(r) == "approved", Patience, () => deployment.Logs);
        Assert.Equal(60m, request["approvedDailyDoseMg"]!.GetValue<decimal>());
        Assert.Equal("it-reviewer", request["decision"]!["reviewerId"]!.GetValue<string>());
        Assert.Equal(
            ["submitted", "under-review", "awaiting-information", "under-review", "approved"],
            request["history"]!.AsArray().Select(h => h!["status"]!.GetValue<string>()).ToArray());
    }

    [Fact]
    public async Task Should_serve_safety_actions_from_the_review_process_on_its_own_view()
    {
        var prescriber = await ApiUser.SignIn(deployment.Http, deployment.Intake.BaseAddress, "it-prescriber-3", "prescriber");
        var reviewer = (await ApiUser.SignIn(deployment.Http, deployment.Intake.BaseAddress, "it-reviewer-3", "reviewer"))
            .At(deployment.Review.BaseAddress);
        var (_, receipt) = await prescriber.Send(HttpMethod.Post, "/api/v1/requests", new
        {
            protocolId = "baclofen-aud",
            patient = new { pseudonym = "PT-4410", birthYear = 1975, sex = "female" },
            dailyDoseMg = 60,
            urgency = "standard",
            indication = "alcohol-dependence",
            justification = "Relapsed after naltrexone.",
            patientConsent = true,
        }, new Dictionary<string, string> { ["Idempotency-Key"] = Guid.NewGuid().ToString() });
        var requestId = receipt!["id"]!.GetValue<string>();
        var reviewId = (await FindOpenReview(reviewer, requestId))["id"]!.GetValue<string>();
        var (decided, _) = await reviewer.Send(HttpMethod.Post, $"/api/v1/reviews/{reviewId}/decision", new { outcome = "approve" });
        Assert.Equal(HttpStatusCode.OK, decided);
        await prescriber.WaitFor($"/api/v1/requests/{requestId}", r => Status(r) == "approved", Patience, () => deployment.Logs);
        await Eventually.UntilAsync(() => deployment.Databases.ReviewViewStatus(Guid.Parse(requestId)), status => status == "Approved",
            "the review process to see the approval", Patience);

        // The route lives in the review process only.
        var (atIntake, _) = await reviewer.At(deployment.Intake.BaseAddress).Send(HttpMethod.Post, $"/api/v1/requests/{requestId}/suspension",
            new { reason = "ALT five times normal." });
        Assert.Equal(HttpStatusCode.NotFound, atIntake);
        var (suspended, order) = await reviewer.Send(HttpMethod.Post, $"/api/v1/requests/{requestId}/suspension", new { reason = "ALT five times normal." });
        Assert.Equal(HttpStatusCode.Accepted, suspended);
        Assert.Equal("suspension", order!["accepted"]!.GetValue<string>());

        var request = await prescriber.WaitFor($"/api/v1/requests/{requestId}", r => Status(r) == "suspended", Patience, () => deployment.Logs);
        Assert.Equal("ALT five times normal.", request["history"]!.AsArray().Last()!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_take_a_withdrawn_request_out_of_the_review_queue()
    {
        var (prescriber, reviewer) = await deployment.SignIn("it-prescriber-2", "it-reviewer-2");

        var (_, receipt) = await Submit(prescriber, Prescriptions.Submission(1));
        var requestId = receipt!["id"]!.GetValue<string>();
        var reviewId = (await FindOpenReview(reviewer, requestId))["id"]!.GetValue<string>();

        var (withdrawn, _) = await prescriber.Send(HttpMethod.Post, $"/api/v1/requests/{requestId}/withdrawal", new { reason = "Patient moved away." });
        Assert.Equal(HttpStatusCode.Accepted, withdrawn);

        await prescriber.WaitFor($"/api/v1/requests/{requestId}", r => Status(r) == "withdrawn", Patience, () => deployment.Logs);
        await reviewer.WaitFor($"/api/v1/reviews/{reviewId}", r => Status(r) == "cancelled", Patience, () => deployment.Logs);
        var (late, _) = await reviewer.Send(HttpMethod.Post, $"/api/v1/reviews/{reviewId}/decision", new { outcome = "approve" });
        Assert.Equal(HttpStatusCode.Conflict, late);
    }

    static Task<(HttpStatusCode Status, JsonObject? Body)> Submit(ApiUser prescriber, object request) =>
        prescriber.Send(HttpMethod.Post, "/api/v1/requests", request, Prescriptions.KeyHeader(Guid.NewGuid().ToString()));

    async Task<JsonObject> FindOpenReview(ApiUser reviewer, string requestId)
    {
        var queue = await reviewer.WaitFor("/api/v1/reviews?status=open&limit=200",
            q => q["items"]!.AsArray().Any(i => i!["requestId"]!.GetValue<string>() == requestId), Patience, () => deployment.Logs);
        return queue["items"]!.AsArray().Single(i => i!["requestId"]!.GetValue<string>() == requestId)!.AsObject();
    }

    static string Status(JsonObject body) => body["status"]!.GetValue<string>();
}

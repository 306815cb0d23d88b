using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Contracts;
using Approvals.Http;
using Approvals.Messaging.Bus;
using Approvals.Server.Tests.Infrastructure;
using MassTransit;
using MassTransit.Serialization;
using Microsoft.Extensions.DependencyInjection;
using static Approvals.Server.Tests.Infrastructure.ApprovedCase;

namespace Approvals.Server.Tests.Http;

/// <summary>
/// The review service holds what a reviewer needs to decide: the review shows the case as submitted (pseudonymous
/// patient, indication, justification, prior treatments, consent), the queue shows it compactly, and a renewal review
/// adds the prescriber's notes and the newest follow-up. A review opened by an older sender, without the case, still opens.
/// </summary>
public sealed class When_a_reviewer_reads_the_case(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Fact]
    public async Task Should_show_the_case_as_submitted_in_the_review()
    {
        var open = await OpenCase.StartAsync(api);
        var submitted = SubmissionBodies.Valid();

        var review = await open.Reviewer.GetReviewAsync(open.ReviewId);

        var content = review["case"]!.AsObject();
        Assert.True(JsonNode.DeepEquals(submitted["patient"], content["patient"]), content.ToJsonString());
        Assert.Equal((submitted.Str("indication"), submitted.Str("justification"), true),
            (content.Str("indication"), content.Str("justification"), content["patientConsent"]!.GetValue<bool>()));
        Assert.True(JsonNode.DeepEquals(submitted["priorTreatments"], content["priorTreatments"]), content.ToJsonString());
        Assert.Null(review["renewalNotes"]);
        Assert.Null(review["latestFollowUp"]);
    }

    [Fact]
    public async Task Should_show_the_patient_dose_and_indication_in_the_queue()
    {
        var open = await OpenCase.StartAsync(api);

        var queued = (await open.Reviewer.ListAllAsync(ReviewsApi.OpenQueue)).Single(r => r.Id() == open.ReviewId);

        var submitted = SubmissionBodies.Valid();
        Assert.True(JsonNode.DeepEquals(submitted["patient"], queued["patient"]), queued.ToJsonString());
        Assert.Equal((SubmissionBodies.RequestedDose, submitted.Str("indication")),
            (queued["dailyDoseMg"]!.GetValue<decimal>(), queued.Str("indication")));
        // Compact: the long texts stay in the review itself.
        Assert.Null(queued["justification"]);
        Assert.Null(queued["case"]);
    }

    [Fact]
    public async Task Should_show_the_renewal_notes_and_the_newest_follow_up_in_a_renewal_review()
    {
        var (open, _) = await StartAsync(api);
        var reported = FollowUp(daysAgo: 0);
        reported["notes"] = "First month: craving reduced.";
        await open.ReportFollowUpAsync(reported);
        await Eventually.UntilAsync(() => open.Prescriber.GetRequestAsync(open.RequestId),
            request => request.ToJsonString().Contains("Follow-up reported", StringComparison.Ordinal), "the follow-up to reach the workflow");

        using var asked = await open.Prescriber.PostJsonAsync(RenewalsPath(open.RequestId), new JsonObject { ["notes"] = "Abstinent since the spring." });
        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        var renewalId = (await open.Reviewer.WaitForOpenReviewAsync(open.RequestId)).Id();

        var renewal = await open.Reviewer.GetReviewAsync(renewalId);
        Assert.Equal(("renewal", "Abstinent since the spring."), (renewal.Str("kind"), renewal.Str("renewalNotes")));
        Assert.Equal("PT-004211", renewal["case"]!["patient"]!.Str("pseudonym"));
        var followUp = renewal["latestFollowUp"]!;
        Assert.Equal(reported.Str("date"), followUp.Str("date"));
        var findings = followUp["findings"]!;
        Assert.Equal((90m, 1.5m, "First month: craving reduced."),
            (findings["dailyDoseMg"]!.GetValue<decimal>(), findings["drinksPerDay"]!.GetValue<decimal>(), findings.Str("notes")));
        Assert.Equal(("somnolence", false), (findings["adverseEvents"]![0]!.Str("term"), findings["adverseEvents"]![0]!["serious"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Should_open_a_review_from_an_older_message_without_the_case()
    {
        // OpenReview as senders wrote it before the case content: today's message without the members added since.
        var requestId = NewId.NextGuid();
        var reviewId = NewId.NextGuid();
        var now = DateTimeOffset.UtcNow;
        var json = JsonSerializer.SerializeToNode(new OpenReview(requestId, reviewId, ReviewKind.Initial, Users.NewId("prescriber"),
            SubmissionBodies.ProtocolId, 1, 60, Urgency.Standard, now, now.AddDays(7)), SystemTextJsonMessageSerializer.Options)!.AsObject();
        foreach (var added in new[] { "case", "renewalNotes", "latestFollowUp" })
            json.Remove(added);
        var message = json.Deserialize<OpenReview>(SystemTextJsonMessageSerializer.Options)!;
        Assert.Null(message.Case);
        var endpoint = await api.Services.GetRequiredService<IBus>().GetSendEndpoint(ServiceAddresses.Review);
        using var reviewer = await api.ClientAsync(Users.NewId("reviewer"), Roles.Reviewer);

        await endpoint.Send(message);

        var queued = await reviewer.WaitForOpenReviewAsync(requestId);
        Assert.Equal((reviewId, 60m), (queued.Id(), queued["dailyDoseMg"]!.GetValue<decimal>()));
        Assert.Null(queued["patient"]);
        var review = await reviewer.GetReviewAsync(reviewId);
        Assert.Null(review["case"]);
        Assert.Empty(review["opinions"]!.AsArray());
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Http;

/// <summary>
/// Member names match ignoring case, so <c>"dailyDoseMg": 75, "DAILYDOSEMG": 9999</c> used to store the last copy. A
/// member sent twice, in any case, is refused as unreadable and named, and nothing is stored.
/// </summary>
public sealed class When_a_body_repeats_a_member(ApprovalsApiFactory api) : IClassFixture<ApprovalsApiFactory>
{
    /// <summary><paramref name="body"/> with <paramref name="member"/> added again after its other members.</summary>
    static string Repeating(JsonObject body, string member) => body.ToJsonString()[..^1] + $",{member}}}";

    public static TheoryData<string, string> Submissions => new()
    {
        { Repeating(SubmissionBodies.Valid(75), "\"DAILYDOSEMG\":9999"), "dailyDoseMg" },
        { Repeating(SubmissionBodies.Valid(75), "\"dailyDoseMg\":9999"), "dailyDoseMg" },
        { Repeating(SubmissionBodies.Valid(), "\"PatientConsent\":false"), "patientConsent" },
        { SubmissionBodies.Valid().ToJsonString().Replace("\"patient\":{", "\"patient\":{\"SEX\":\"male\",", StringComparison.Ordinal), "patient.sex" },
    };

    [Theory]
    [MemberData(nameof(Submissions))]
    public async Task Should_refuse_a_submission_and_name_the_member(string body, string member)
    {
        var before = await StateSnapshot.TakeAsync(api);
        using var prescriber = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);

        using var response = await prescriber.PostRawAsync(RequestsApi.Path, body, "application/json", Users.NewIdempotencyKey());

        await response.AssertProblemNamingAsync(HttpStatusCode.BadRequest, member);
        await before.AssertUnchangedAsync(api);
    }

    [Fact]
    public async Task Should_refuse_a_decision_and_leave_the_review_open()
    {
        var open = await OpenCase.StartAsync(api);

        using var response = await open.Reviewer.PostRawAsync($"{ReviewsApi.Path}/{open.ReviewId}/decision",
            Repeating(Decisions.Deny(), "\"Outcome\":\"approve\""), "application/json");

        await response.AssertProblemNamingAsync(HttpStatusCode.BadRequest, "outcome");
        Assert.Equal("open", (await open.Reviewer.GetReviewAsync(open.ReviewId)).Str("status"));
    }

    [Fact]
    public async Task Should_refuse_a_protocol_document_and_publish_nothing()
    {
        using var admin = await api.AdminAsync();
        var protocolId = ProtocolsApi.NewProtocolId();

        using var response = await admin.PostRawAsync(ProtocolsApi.VersionsPath(protocolId),
            Repeating(ProtocolsApi.Document(protocolId), "\"MaxDailyDoseMg\":9999"), "application/json");

        await response.AssertProblemNamingAsync(HttpStatusCode.BadRequest, "maxDailyDoseMg");
        Assert.Null((await admin.ListProtocolsAsync()).Protocol(protocolId));
    }
}

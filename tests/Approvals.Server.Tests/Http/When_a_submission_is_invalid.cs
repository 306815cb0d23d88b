using System.Net;
using System.Text.Json.Nodes;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Http;

/// <summary>
/// Every refused submission answers an RFC 9457 problem and stores nothing: the lists are compared before and after
/// each call, so a submission wrongly accepted shows up as a new request.
/// </summary>
public sealed class When_a_submission_is_invalid(ApprovalsApiFactory api) : IClassFixture<ApprovalsApiFactory>
{
    public static TheoryData<string> RequiredFields =>
    [
        "protocolId", "patient", "patient.pseudonym", "patient.birthYear", "patient.sex", "dailyDoseMg", "urgency",
        "indication", "justification", "patientConsent",
    ];

    async Task<JsonObject> RefusedAsync(Func<HttpClient, Task<HttpResponseMessage>> send, HttpStatusCode status, string? field = null)
    {
        var before = await StateSnapshot.TakeAsync(api);
        using var prescriber = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);

        using var response = await send(prescriber);

        var problem = field is null
            ? await response.AssertProblemAsync(status)
            : await response.AssertProblemNamingAsync(status, field);
        await before.AssertUnchangedAsync(api);
        return problem;
    }

    Task<JsonObject> RefusedAsync(JsonNode body, HttpStatusCode status, string? field = null) =>
        RefusedAsync(client => client.SubmitAsync(body, Users.NewIdempotencyKey()), status, field);

    [Fact]
    public Task Should_refuse_malformed_json() =>
        RefusedAsync(c => c.PostRawAsync(RequestsApi.Path, """{"protocolId": "baclofen-aud", """, "application/json",
            Users.NewIdempotencyKey()), HttpStatusCode.BadRequest);

    [Fact]
    public Task Should_refuse_a_body_that_is_not_json() =>
        RefusedAsync(c => c.PostRawAsync(RequestsApi.Path, SubmissionBodies.Valid().ToJsonString(), "text/plain",
            Users.NewIdempotencyKey()), HttpStatusCode.UnsupportedMediaType);

    [Theory]
    [MemberData(nameof(RequiredFields))]
    public Task Should_name_a_missing_required_field(string field) =>
        RefusedAsync(SubmissionBodies.Without(field), HttpStatusCode.BadRequest, field);

    [Fact]
    public Task Should_refuse_without_the_patients_consent() =>
        RefusedAsync(SubmissionBodies.With("patientConsent", false), HttpStatusCode.BadRequest, "patientConsent");

    [Theory]
    [InlineData("John Smith")]
    [InlineData("JohnSmith")]
    [InlineData("PT-0042\n")]
    public Task Should_refuse_a_pseudonym_that_looks_like_a_name(string pseudonym) =>
        RefusedAsync(SubmissionBodies.With("patient.pseudonym", pseudonym), HttpStatusCode.BadRequest, "patient.pseudonym");

    [Fact]
    public Task Should_refuse_an_unknown_protocol() =>
        RefusedAsync(SubmissionBodies.With("protocolId", "thalidomide-xyz"), HttpStatusCode.UnprocessableEntity, "protocolId");

    [Theory]
    [InlineData(0)]
    [InlineData(-20)]
    public Task Should_refuse_a_dose_that_is_not_positive(int dose) =>
        RefusedAsync(SubmissionBodies.With("dailyDoseMg", dose), HttpStatusCode.BadRequest, "dailyDoseMg");

    /// <summary>The contract says number: a quoted number is a client bug that should surface, not be guessed at.</summary>
    [Theory]
    [InlineData("dailyDoseMg", "sixty")]
    [InlineData("dailyDoseMg", "60")]
    [InlineData("patient.birthYear", "1971")]
    public Task Should_refuse_a_number_sent_as_a_string(string field, string value) =>
        RefusedAsync(SubmissionBodies.With(field, value), HttpStatusCode.BadRequest, field);

    [Theory]
    [InlineData("patient.birthYear", 1850)]
    [InlineData("patient.birthYear", 2999)]
    [InlineData("dailyDoseMg", 10001)]
    public Task Should_refuse_an_implausible_number(string field, int value) =>
        RefusedAsync(SubmissionBodies.With(field, value), HttpStatusCode.BadRequest, field);

    [Theory]
    [InlineData("urgency", "asap")]
    [InlineData("patient.sex", "f")]
    public Task Should_name_an_unknown_enum_value(string field, string value) =>
        RefusedAsync(SubmissionBodies.With(field, value), HttpStatusCode.BadRequest, field);

    [Fact]
    public Task Should_name_an_unknown_member() =>
        RefusedAsync(SubmissionBodies.With("patientName", "John Smith"), HttpStatusCode.BadRequest, "patientName");

    [Fact]
    public async Task Should_refuse_a_body_over_64_KiB()
    {
        var body = SubmissionBodies.With("justification", new string('x', 70 * 1024));

        var problem = await RefusedAsync(body, HttpStatusCode.RequestEntityTooLarge);

        Assert.NotNull(problem["title"]);
    }

    [Fact]
    public Task Should_refuse_an_idempotency_key_over_128_characters() =>
        RefusedAsync(c => c.SubmitAsync(SubmissionBodies.Valid(), new string('k', 129)), HttpStatusCode.BadRequest, "Idempotency-Key");

    [Fact]
    public Task Should_require_an_idempotency_key() =>
        RefusedAsync(c => c.SubmitAsync(SubmissionBodies.Valid(), idempotencyKey: null), HttpStatusCode.BadRequest, "Idempotency-Key");
}

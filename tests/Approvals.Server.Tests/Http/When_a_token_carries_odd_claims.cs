using System.Net;
using System.Text.Json.Nodes;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Http;

/// <summary>
/// A token can be validly signed and still odd: no subject, no name, no roles, roles that are not strings. The signature
/// is not the only check: no claim an identity provider sends may turn into a 500. (A number as <c>sub</c> reads as its
/// digits, an id like any other.)
/// </summary>
public sealed class When_a_token_carries_odd_claims(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    public static TheoryData<string, string> OddSubjects => new()
    {
        { "missing", """{"sub":null}""" },
        { "blank", """{"sub":"  "}""" },
        { "an object", """{"sub":{"id":"dr-x"}}""" },
        { "two of them", """{"sub":["dr-x","dr-y"]}""" },
        { "longer than any stored actor id", $$"""{"sub":"{{new string('x', 129)}}"}""" },
    };

    [Theory]
    [MemberData(nameof(OddSubjects))]
    public async Task Should_answer_401_to_a_signed_token_whose_subject_is(string oddity, string claims)
    {
        var token = JsonNode.Parse(claims)!.AsObject();
        token["role"] = Roles.Prescriber;
        using var client = api.ClientWith(token);

        using var list = await client.GetAsync(RequestsApi.Path);
        using var submission = await client.SubmitAsync(SubmissionBodies.Valid(), Users.NewIdempotencyKey());

        Assert.True(list.StatusCode == HttpStatusCode.Unauthorized, $"{oddity}: {(int)list.StatusCode}");
        Assert.True(submission.StatusCode == HttpStatusCode.Unauthorized, $"{oddity}: {(int)submission.StatusCode}");
    }

    [Fact]
    public async Task Should_accept_a_token_without_a_name()
    {
        var prescriber = Users.NewId("prescriber");
        using var client = api.ClientWith(new JsonObject { ["sub"] = prescriber, ["role"] = Roles.Prescriber });

        var id = await client.SubmitValidAsync();
        var request = await client.GetRequestAsync(id);

        Assert.Equal(prescriber, request["history"]![0]!["actorId"]!.GetValue<string>());
    }

    public static TheoryData<string, string> OddRoles => new()
    {
        { "absent", """{}""" },
        { "empty", """{"role":[]}""" },
        { "a number", """{"role":5}""" },
        { "an object", """{"role":{"name":"reviewer"}}""" },
        { "a null", """{"role":null}""" },
    };

    [Theory]
    [MemberData(nameof(OddRoles))]
    public async Task Should_answer_403_when_the_roles_are(string oddity, string claims)
    {
        var token = JsonNode.Parse(claims)!.AsObject();
        token["sub"] = Users.NewId("someone");
        using var client = api.ClientWith(token);

        using var list = await client.GetAsync(RequestsApi.Path);
        using var submission = await client.SubmitAsync(SubmissionBodies.Valid(), Users.NewIdempotencyKey());

        Assert.True(list.StatusCode == HttpStatusCode.Forbidden, $"{oddity}: {(int)list.StatusCode}");
        Assert.True(submission.StatusCode == HttpStatusCode.Forbidden, $"{oddity}: {(int)submission.StatusCode}");
    }

    [Fact]
    public async Task Should_grant_the_string_roles_among_odd_ones()
    {
        using var client = api.ClientWith(new JsonObject
        {
            ["sub"] = Users.NewId("prescriber"),
            ["role"] = new JsonArray(7, new JsonObject { ["x"] = 1 }, Roles.Prescriber),
        });

        using var list = await client.GetAsync(RequestsApi.Path);

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }
}

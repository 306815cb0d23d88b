using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Authorisation;

/// <summary>
/// The authorisation matrix: every endpoint of the OpenAPI document, called by every role alone and in the combinations
/// that meet in practice, on the caller's own resource and on another prescriber's, and with no token, a token signed
/// with another key, an expired token and an unsigned (<c>alg: none</c>) one. <see cref="Matrix"/> is the source of truth
/// that docs/security.md summarises; an endpoint without a row fails <see cref="Should_have_one_row_for_every_documented_endpoint"/>.
/// </summary>
/// <remarks>
/// The rules the table holds: seeing a request is a role's right (reviewers, specialists and auditors see every
/// request, a prescriber only their own); acting as a request's prescriber (answer, withdrawal, follow-up, renewal)
/// belongs to that prescriber alone, whatever other roles the caller holds, and anyone else gets 404, so ids reveal
/// nothing; nobody decides, opines or takes a safety action on their own request (403). Writes are probed with an empty
/// body <c>{}</c>: a caller who passes every access check reaches the handler, which refuses the body (or the state)
/// and changes nothing, so the matrix leaves its resources as they were and its rows can run in any order. The one
/// exception is a claim, which needs no body: it may leave the other prescriber's review claimed by the caller, an
/// advisory mark no other row depends on (a release answers 200 or 409 either way).
/// </remarks>
public sealed class When_every_caller_calls_every_endpoint(MatrixServer server) : IClassFixture<MatrixServer>
{
    // Codes: 2xx  the call succeeds.
    //        ok   access granted to a write: the handler ran and answered 2xx, or 400, 409 or 422 to the empty probe body.
    //        401  no valid token.   403  the role may not, or the caller's own request (separation of duties).
    //        404  unknown to this caller: another prescriber's request, for a prescriber or for acting as its prescriber.
    //        Every 401, 403 and 404 must be an RFC 9457 problem (application/problem+json).
    // Columns: the caller's roles, first on the caller's own resource, then on another prescriber's ("= own" when the
    // endpoint has no owner), then the four bad tokens (every role claimed, so the token alone is refused).
    const string Same = "= own";
    const string Refused = "401 401 401 401";
    static readonly Row[] Matrix =
    [
        //   method  route template (as documented)           {id} is          own:  P   R   S   Au  Ad  P+R P+Au R+S    another's: P   R   S   Au  Ad  P+R P+Au R+S    no token, wrong key, expired, alg none
        new("POST", "/api/v1/requests",                         On.Nothing,   "ok  403 403 403 403 ok  ok  403",  Same,                               Refused),
        new("GET",  "/api/v1/requests",                         On.Nothing,   "2xx 2xx 2xx 2xx 403 2xx 2xx 2xx",  Same,                               Refused),
        new("GET",  "/api/v1/requests/{id}",                    On.Request,   "2xx 2xx 2xx 2xx 403 2xx 2xx 2xx",  "404 2xx 2xx 2xx 403 2xx 2xx 2xx",  Refused),
        new("POST", "/api/v1/requests/{id}/information",        On.Request,   "ok  403 403 403 403 ok  ok  403",  "404 403 403 403 403 404 404 403",  Refused),
        new("POST", "/api/v1/requests/{id}/withdrawal",         On.Request,   "ok  403 403 403 403 ok  ok  403",  "404 403 403 403 403 404 404 403",  Refused),
        new("POST", "/api/v1/requests/{id}/follow-ups",         On.Approval,  "ok  403 403 403 403 ok  ok  403",  "404 403 403 403 403 404 404 403",  Refused),
        new("GET",  "/api/v1/requests/{id}/follow-ups",         On.Approval,  "2xx 2xx 2xx 2xx 403 2xx 2xx 2xx",  "404 2xx 2xx 2xx 403 2xx 2xx 2xx",  Refused),
        new("POST", "/api/v1/requests/{id}/renewals",           On.Approval,  "ok  403 403 403 403 ok  ok  403",  "404 403 403 403 403 404 404 403",  Refused),
        new("POST", "/api/v1/requests/{id}/suspension",         On.Approval,  "403 403 403 403 403 403 403 403",  "403 ok  403 403 403 ok  403 ok ",  Refused),
        new("POST", "/api/v1/requests/{id}/reinstatement",      On.Approval,  "403 403 403 403 403 403 403 403",  "403 ok  403 403 403 ok  403 ok ",  Refused),
        new("POST", "/api/v1/requests/{id}/revocation",         On.Approval,  "403 403 403 403 403 403 403 403",  "403 ok  403 403 403 ok  403 ok ",  Refused),
        new("GET",  "/api/v1/reviews",                          On.Nothing,   "403 2xx 2xx 403 403 2xx 403 2xx",  Same,                               Refused),
        new("GET",  "/api/v1/reviews/{id}",                     On.Review,    "403 2xx 2xx 403 403 2xx 403 2xx",  "403 2xx 2xx 403 403 2xx 403 2xx",  Refused),
        new("POST", "/api/v1/reviews/{id}/decision",            On.Review,    "403 403 403 403 403 403 403 403",  "403 ok  403 403 403 ok  403 ok ",  Refused),
        new("POST", "/api/v1/reviews/{id}/opinions",            On.Review,    "403 403 403 403 403 403 403 403",  "403 403 ok  403 403 403 403 ok ",  Refused),
        new("POST", "/api/v1/reviews/{id}/claim",               On.Review,    "403 403 403 403 403 403 403 403",  "403 ok  403 403 403 ok  403 ok ",  Refused),
        new("POST", "/api/v1/reviews/{id}/release",             On.Review,    "403 403 403 403 403 403 403 403",  "403 ok  403 403 403 ok  403 ok ",  Refused),
        new("GET",  "/api/v1/audit/requests/{id}",              On.Request,   "403 403 403 2xx 403 403 2xx 403",  "403 403 403 2xx 403 403 2xx 403",  Refused),
        new("GET",  "/api/v1/audit/entries",                    On.Nothing,   "403 403 403 2xx 403 403 2xx 403",  Same,                               Refused),
        new("GET",  "/api/v1/audit/export",                     On.Nothing,   "403 403 403 2xx 403 403 2xx 403",  Same,                               Refused, "?format=jsonl"),
        new("GET",  "/api/v1/audit/verification",               On.Nothing,   "403 403 403 2xx 403 403 2xx 403",  Same,                               Refused),
        new("GET",  "/api/v1/audit/metrics",                    On.Nothing,   "403 403 403 2xx 403 403 2xx 403",  Same,                               Refused),
        new("GET",  "/api/v1/protocols",                        On.Nothing,   "403 403 403 403 2xx 403 403 403",  Same,                               Refused),
        new("GET",  "/api/v1/protocols/in-force",               On.Nothing,   "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx",  Same,                               Refused),
        new("GET",  "/api/v1/protocols/{id}/versions/{version}", On.Protocol, "403 403 403 403 2xx 403 403 403",  Same,                               Refused),
        new("POST", "/api/v1/protocols/{id}/versions",          On.Protocol,  "403 403 403 403 ok  403 403 403",  Same,                               Refused),
        new("POST", "/dev/token",                               On.Nothing,   "ok  ok  ok  ok  ok  ok  ok  ok ",  Same,                               "ok  ok  ok  ok "),
        new("GET",  "/health/live",                             On.Nothing,   "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx",  Same,                               "2xx 2xx 2xx 2xx"),
        new("GET",  "/health/ready",                            On.Nothing,   "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx",  Same,                               "2xx 2xx 2xx 2xx"),
    ];

    public static TheoryData<string, string> Endpoints
    {
        get
        {
            var endpoints = new TheoryData<string, string>();
            foreach (var row in Matrix)
                endpoints.Add(row.Method, row.Route);
            return endpoints;
        }
    }

    [Fact]
    public async Task Should_have_one_row_for_every_documented_endpoint()
    {
        var documented = await DocumentedEndpointsAsync();
        var rows = Matrix.Select(row => $"{row.Method} {row.Route}").ToList();

        Assert.Equal(rows.Count, rows.Distinct(StringComparer.Ordinal).Count());
        Assert.True(documented.SetEquals(rows),
            $"Endpoints without a row: {string.Join(", ", documented.Except(rows))}. "
            + $"Rows without a documented endpoint: {string.Join(", ", rows.Except(documented))}.");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Should_answer_each_caller_as_the_matrix_says(string method, string route)
    {
        var row = Matrix.Single(r => r.Method == method && r.Route == route);
        var mismatches = new List<string>();

        foreach (var (caller, owner, expected) in row.Cells())
        {
            using var request = Probe(row, owner == Owner.Caller ? server.Own : server.Others);
            server.Authorise(request, caller);
            using var response = await server.Client.SendAsync(request);
            var refusedAsProblem = !Code.IsRefusal(expected) || response.Content.Headers.ContentType?.MediaType == "application/problem+json";
            if (!Code.Matches(expected, response.StatusCode) || !refusedAsProblem)
            {
                var body = await response.Content.ReadAsStringAsync();
                mismatches.Add($"{caller} on {owner}'s: expected {expected} (refusals as problem+json), got {(int)response.StatusCode} "
                    + $"{response.Content.Headers.ContentType} {body[..Math.Min(body.Length, 160)]}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{method} {route}:\n" + string.Join('\n', mismatches));
    }

    static HttpRequestMessage Probe(Row row, Resources resources)
    {
        var path = row.Target switch
        {
            On.Request => row.Route.Replace("{id}", resources.RequestUnderReview.ToString(), StringComparison.Ordinal),
            On.Approval => row.Route.Replace("{id}", resources.Approval.ToString(), StringComparison.Ordinal),
            On.Review => row.Route.Replace("{id}", resources.OpenReview.ToString(), StringComparison.Ordinal),
            On.Protocol => row.Route.Replace("{id}", ProtocolsApi.Shipped, StringComparison.Ordinal).Replace("{version}", "1", StringComparison.Ordinal),
            _ => row.Route,
        };
        var request = new HttpRequestMessage(new HttpMethod(row.Method), path + row.Query);
        if (row.Method == "POST")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            request.Headers.Add("Idempotency-Key", Users.NewIdempotencyKey());
        }

        return request;
    }

    /// <summary>Method and path of every operation in the served OpenAPI document, path parameters as written there.</summary>
    async Task<HashSet<string>> DocumentedEndpointsAsync()
    {
        var document = JsonNode.Parse(await server.Client.GetStringAsync("/openapi/v1.json"))!;
        var endpoints = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            // A group's "/" endpoint is documented with a trailing slash; the table writes the group's path.
            var route = path.Length > 1 ? path.TrimEnd('/') : path;
            foreach (var (method, _) in operations!.AsObject())
            {
                if (method is "get" or "post" or "put" or "patch" or "delete")
                    endpoints.Add($"{method.ToUpperInvariant()} {route}");
            }
        }

        return endpoints;
    }

    public enum On { Nothing, Request, Approval, Review, Protocol }

    public enum Owner { Caller, Other }

    sealed record Row(string Method, string Route, On Target, string Own, string Others, string BadTokens, string Query = "")
    {
        public IEnumerable<(Caller Caller, Owner Owner, string Expected)> Cells()
        {
            var own = Codes(Own, Caller.WithRoles.Length);
            var others = Others == Same ? own : Codes(Others, Caller.WithRoles.Length);
            var bad = Codes(BadTokens, Caller.WithBadTokens.Length);
            for (var i = 0; i < Caller.WithRoles.Length; i++)
            {
                yield return (Caller.WithRoles[i], Owner.Caller, own[i]);
                // Without an owner, "another's" is the same call: probe it once.
                if (Target != On.Nothing && Target != On.Protocol)
                    yield return (Caller.WithRoles[i], Owner.Other, others[i]);
            }

            for (var i = 0; i < Caller.WithBadTokens.Length; i++)
                yield return (Caller.WithBadTokens[i], Owner.Other, bad[i]);
        }

        string[] Codes(string cells, int count)
        {
            var codes = cells.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return codes.Length == count && codes.All(Code.Known.Contains)
                ? codes
                : throw new InvalidOperationException($"{Method} {Route}: '{cells}' is not {count} of {string.Join(", ", Code.Known)}.");
        }
    }

    static class Code
    {
        public static readonly string[] Known = ["2xx", "ok", "401", "403", "404"];

        public static bool IsRefusal(string expected) => expected is "401" or "403" or "404";

        public static bool Matches(string expected, HttpStatusCode actual)
        {
            var status = (int)actual;
            return expected switch
            {
                "2xx" => status is >= 200 and < 300,
                "ok" => status is >= 200 and < 300 or 400 or 409 or 422,
                _ => status == int.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            };
        }
    }
}

using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Approvals.Contracts;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Approvals.Server.Tests.Fuzz;

/// <summary>
/// Generated bad and edge inputs over every operation of the OpenAPI document, each sent with a valid token of the role
/// the operation needs, aimed at a live case: no answer is a 5xx, every 4xx is a problem, and a refused call commits
/// nothing to any database (but the refusal a review step records on purpose, ADR 0005). The seed is fixed, so a failure replays;
/// <c>APPROVALS_FUZZ_CASES</c> and <c>APPROVALS_FUZZ_SEED</c> run it longer or elsewhere.
/// </summary>
public sealed class When_fuzzing_the_api(FuzzApiFactory api, ITestOutputHelper output) : IClassFixture<FuzzApiFactory>
{
    const int DefaultCases = 2000;
    const int DefaultSeed = 20_261_103;
    /// <summary>Signing steps want a recent sign-in; a long run signs in again this often.</summary>
    const int CasesPerSignIn = 1000;

    static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    static readonly IReadOnlyDictionary<string, Func<JsonObject>> Examples = new Dictionary<string, Func<JsonObject>>
    {
        ["SubmitRequest"] = () => SubmissionBodies.Valid(),
        ["DecisionRequest"] = Decisions.Approve,
        ["FollowUpInput"] = () => ApprovedCase.FollowUp(),
        ["ProtocolDocument"] = () => ProtocolsApi.Document(ProtocolsApi.Shipped, version: 4),
        ["OpinionRequest"] = () => new JsonObject
        {
            ["recommendation"] = "approve", ["supportedDailyDoseMg"] = 60, ["rationale"] = "Within the protocol's single tier.",
        },
    };

    [Fact]
    public async Task Should_answer_no_5xx_only_problems_and_store_nothing_it_refuses()
    {
        var cases = Setting("APPROVALS_FUZZ_CASES", DefaultCases);
        var seed = Setting("APPROVALS_FUZZ_SEED", DefaultSeed);
        var (document, operations) = await ApiOperations.DiscoverAsync(api);
        // An approved case takes follow-ups, renewals and safety actions; an open one takes opinions and decisions.
        var approved = (await ApprovedCase.StartAsync(api)).Case;
        var open = await OpenCase.StartAsync(api);
        var targets = new[]
        {
            new FuzzTargets(approved.RequestId, approved.ReviewId, ProtocolsApi.Shipped, [1, 3, 4, int.MaxValue]),
            new FuzzTargets(open.RequestId, open.ReviewId, ProtocolsApi.Shipped, [1, 3]),
        };
        var random = new Random(seed);
        var generator = new FuzzRequestGenerator(random, document, Examples);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        Dictionary<(string, int), HttpClient> clients = [];
        var recent = new Queue<string>();

        for (var i = 0; i < cases; i++)
        {
            if (i % CasesPerSignIn == 0)
                clients = await SignInAsync(approved, open, clients);
            var target = random.Next(targets.Length);
            var operation = operations[random.Next(operations.Count)];
            var call = generator.Generate(operation, targets[target]);

            using var message = call.ToMessage();
            using var response = await clients[(operation.Role, target)].SendAsync(message);
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();
            var what = $"case {i} (seed {seed}): {call} → {status} {Shorten(text)}";
            recent.Enqueue($"{i}: {call.Operation} [{string.Join("; ", call.Mutations)}] → {status}");
            if (recent.Count > 8)
                recent.Dequeue();
            counts[$"{operation} {status}"] = counts.GetValueOrDefault($"{operation} {status}") + 1;

            Assert.True(status < 500, what);
            if (status >= 400)
                Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", what);
            if (status >= 400)
                AssertNothingCommitted(text, $"{what}\nlately: {string.Join(" | ", recent)}");
        }

        foreach (var (key, count) in counts)
            output.WriteLine($"{count,6} {key}");
        // Every operation was reached at least once, so a new endpoint cannot hide from the run.
        Assert.All(operations, o => Assert.Contains(counts.Keys, k => k.StartsWith($"{o} ", StringComparison.Ordinal)));
    }

    void AssertNothingCommitted(string problem, string what)
    {
        var traceId = JsonNode.Parse(problem)?["traceId"]?.GetValue<string>();
        Assert.True(traceId is not null, $"{what}\nno traceId in the problem");
        var writes = api.Writes.Of(traceId);
        // A refused decision or opinion is recorded on purpose, as a message for the trail; nothing else may be stored.
        Assert.True(writes.All(w => w.StartsWith($"Added message {typeof(AttemptRefused).FullName},", StringComparison.Ordinal)),
            $"{what}\ncommitted: {string.Join(", ", writes)}");
    }

    /// <summary>Clients by role and target case: the case's own prescriber and reviewer, and one user for each other role.</summary>
    async Task<Dictionary<(string, int), HttpClient>> SignInAsync(OpenCase approved, OpenCase open, Dictionary<(string, int), HttpClient> previous)
    {
        foreach (var client in previous.Values.Distinct())
            client.Dispose();
        var shared = new Dictionary<string, HttpClient>();
        foreach (var role in new[] { Roles.Specialist, Roles.Auditor, Roles.Admin })
            shared[role] = await api.ClientAsync($"fuzz-{role}", role);
        var clients = new Dictionary<(string, int), HttpClient>();
        foreach (var (@case, index) in new[] { (approved, 0), (open, 1) })
        {
            clients[(Roles.Prescriber, index)] = await api.ClientAsync(@case.PrescriberId, Roles.Prescriber);
            clients[(Roles.Reviewer, index)] = await api.ClientAsync(@case.ReviewerId, Roles.Reviewer);
            foreach (var (role, client) in shared)
                clients[(role, index)] = client;
        }

        return clients;
    }

    static string Shorten(string text) => text.Length > 500 ? text[..500] + "…" : text;
}

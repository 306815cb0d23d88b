using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Server.Seeding;
using Approvals.Server.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Approvals.Server.Tests.Seeding;

/// <summary>
/// The seed command writes each service's rows as the running system would have: the API then lists and reads them,
/// the services agree on every request, and the workflow takes a seeded approval on as if it had made it.
/// </summary>
public sealed class When_seeding_requests_in_bulk
{
    const int Requests = 600; // three prescribers, five open reviews (one awaiting the prescriber's answer)

    /// <summary>A server not started yet, on files seeded with seed 7.</summary>
    static async Task<ApprovalsApiFactory> SeededAsync()
    {
        var api = new ApprovalsApiFactory();
        var (exit, errors) = await SeedAsync(api.ConnectionString, "--seed", "7");
        Assert.True(exit == SeedCommand.Seeded, errors);
        return api;
    }

    static async Task<(int Exit, string Errors)> SeedAsync(string connectionString, params string[] options) =>
        await RunAsync(["seed", "--requests", $"{Requests}", .. options, "--ConnectionStrings:Approvals", connectionString]);

    static async Task<(int Exit, string Errors)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await SeedCommand.RunAsync(args, output, errors);
        return (exit, errors.ToString());
    }

    [Fact]
    public async Task Should_list_every_request_of_a_prescriber_and_only_theirs()
    {
        await using var api = await SeededAsync();
        var prescriber = await api.ClientAsync("seed-prescriber-00002", "prescriber");
        var listed = await prescriber.ListAllAsync("/api/v1/requests");

        Assert.Equal(Count(api, "SELECT count(*) FROM Requests WHERE PrescriberId = 'seed-prescriber-00002'"), listed.Count);
        Assert.All(listed, r => Assert.Equal("seed-prescriber-00002", r.Str("prescriberId")));
        Assert.InRange(listed.Count, 1, Requests - 1);
    }

    [Fact]
    public async Task Should_show_the_open_queue_and_the_same_case_on_both_sides()
    {
        await using var api = await SeededAsync();
        var reviewer = await api.ClientAsync("seed-reviewer-1", "reviewer");
        var open = await reviewer.ListAllAsync("/api/v1/reviews?status=open");
        var awaiting = await reviewer.ListAllAsync("/api/v1/reviews?status=awaiting-information");

        Assert.Equal((4, 1), (open.Count, awaiting.Count));
        foreach (var review in open)
        {
            var request = await reviewer.GetRequestAsync(Guid.Parse(review.Str("requestId")!));
            Assert.Equal("under-review", request.Str("status"));
            Assert.Equal(request["patient"]!.ToJsonString(), review["patient"]!.ToJsonString());
            Assert.Equal(["submitted", "under-review"], request["history"]!.AsArray().Select(h => h!["status"]!.GetValue<string>()));
        }

        var asked = await reviewer.GetRequestAsync(Guid.Parse(awaiting[0].Str("requestId")!));
        Assert.Equal("awaiting-information", asked.Str("status"));
        Assert.NotEmpty(asked["openQuestions"]!.AsArray());
    }

    [Fact]
    public async Task Should_show_a_decision_signed_once_on_the_review_and_the_request()
    {
        await using var api = await SeededAsync();
        var reviewer = await api.ClientAsync("seed-reviewer-1", "reviewer");
        var decided = (await reviewer.ListPageAsync("/api/v1/reviews?status=decided", 1, null))["items"]!.AsArray()[0]!;
        using var reviewResponse = await reviewer.GetAsync($"/api/v1/reviews/{decided.Str("id")}");
        var review = await reviewResponse.JsonAsync();
        var request = await reviewer.GetRequestAsync(Guid.Parse(decided.Str("requestId")!));

        Assert.Contains(request.Str("status"), new[] { "approved", "denied" });
        Assert.Equal(review["decision"]!["signature"]!.ToJsonString(), request["decision"]!["signature"]!.ToJsonString());
        Assert.Equal(review["case"]!["justification"]!.GetValue<string>(), request.Str("justification"));
    }

    [Fact]
    public async Task Should_let_the_workflow_take_a_seeded_approval_on()
    {
        await using var api = await SeededAsync();
        var approved = await ApprovedRequestOf(api, "seed-prescriber-00001");
        var reviewer = await api.ClientAsync("seed-reviewer-8", "reviewer");
        var prescriber = await api.ClientAsync("seed-prescriber-00001", "prescriber");

        // The review service judges the order on its own view of the request, the workflow on its saga row.
        using var order = await reviewer.PostAsJsonAsync($"/api/v1/requests/{approved}/suspension", new { reason = "ALT five times the upper limit." });
        Assert.Equal(HttpStatusCode.Accepted, order.StatusCode);
        var suspended = await prescriber.WaitForRequestStatusAsync(approved, "suspended", historyEntries: 4);

        Assert.Equal(["submitted", "under-review", "approved", "suspended"],
            suspended["history"]!.AsArray().Select(h => h!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Should_refuse_a_database_that_already_holds_requests()
    {
        await using var api = await SeededAsync();

        var (exit, errors) = await SeedAsync(api.ConnectionString, "--seed", "8");

        Assert.Equal(SeedCommand.Refused, exit);
        Assert.Contains("already holds requests", errors, StringComparison.Ordinal);
        Assert.Equal(Requests, Count(api, "SELECT count(*) FROM Requests"));
    }

    [Fact]
    public async Task Should_give_the_same_requests_for_the_same_seed()
    {
        await using var first = await SeededAsync();
        await using var second = await SeededAsync();

        Assert.Equal(Rows(first, "SELECT Id, PrescriberId, Status, DailyDoseMg FROM Requests ORDER BY Id"),
            Rows(second, "SELECT Id, PrescriberId, Status, DailyDoseMg FROM Requests ORDER BY Id"));
    }

    [Theory]
    [InlineData("--requests")]
    [InlineData("--requests", "0")]
    [InlineData("--requests", "many")]
    public async Task Should_refuse_a_missing_or_invalid_count(params string[] arguments)
    {
        // Refused before any database is opened: the path names no file.
        var (exit, errors) = await RunAsync(["seed", .. arguments, "--ConnectionStrings:Approvals", "Data Source=/nonexistent/approvals.db"]);

        Assert.Equal(SeedCommand.Refused, exit);
        Assert.Contains("--requests", errors, StringComparison.Ordinal);
    }

    static async Task<Guid> ApprovedRequestOf(ApprovalsApiFactory api, string prescriberId)
    {
        var prescriber = await api.ClientAsync(prescriberId, "prescriber");
        var approved = await prescriber.ListPageAsync("/api/v1/requests?status=approved", 1, null);
        return Guid.Parse(approved["items"]!.AsArray()[0]!["id"]!.GetValue<string>());
    }

    static long Count(ApprovalsApiFactory api, string sql)
    {
        using var connection = new SqliteConnection(api.ConnectionStringOf("intake"));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    static List<string> Rows(ApprovalsApiFactory api, string sql)
    {
        using var connection = new SqliteConnection(api.ConnectionStringOf("intake"));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i).ToString())));
        return rows;
    }
}

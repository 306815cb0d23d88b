using System.Globalization;
using System.Net;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Audit;

/// <summary>The metrics endpoint over the March 2019 trail of <see cref="When_computing_metrics"/>, written into the server's database.</summary>
public sealed class When_an_auditor_asks_for_metrics(When_an_auditor_asks_for_metrics.March trail)
    : IClassFixture<When_an_auditor_asks_for_metrics.March>
{
    const string Period = "from=2019-03-01&to=2019-04-01T00:00:00Z";

    public sealed class March : ApprovalsApiFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            using var _ = CreateClient();
            await AuditTrailDatabase.AppendAsync(ConnectionStringOf("audit"), (await When_computing_metrics.MarchAsync()).Drafts);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task Should_answer_the_figures_as_json()
    {
        using var auditor = await trail.ClientAsync(Users.NewId("auditor"), Roles.Auditor);

        using var response = await auditor.GetAsync($"{AuditApi.Metrics}?{Period}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.JsonAsync();
        var overall = report["overall"]!;
        Assert.Equal((6, 3, 1, 1, 1, 1), (overall["received"]!.GetValue<int>(), overall["decided"]!.GetValue<int>(),
            overall["approved"]!.GetValue<int>(), overall["approvedModified"]!.GetValue<int>(), overall["denied"]!.GetValue<int>(),
            overall["withdrawn"]!.GetValue<int>()));
        Assert.Equal((26.0, 24.0), (overall["averageDecisionHours"]!.GetValue<double>(), overall["medianDecisionHours"]!.GetValue<double>()));
        Assert.Equal((2, 2, 1, 1), (overall["overdue"]!.GetValue<int>(), overall["openReviews"]!["total"]!.GetValue<int>(),
            overall["renewalsApproved"]!.GetValue<int>(), overall["renewalsDenied"]!.GetValue<int>()));
        Assert.Equal(4, report["byUrgency"]!["standard"]!["received"]!.GetValue<int>());
        Assert.Equal(2, report["byUrgency"]!["expedited"]!["received"]!.GetValue<int>());
        Assert.True(report["throughSequence"]!.GetValue<long>() > 0);
    }

    [Fact]
    public async Task Should_answer_the_figures_as_csv()
    {
        using var auditor = await trail.ClientAsync(Users.NewId("auditor"), Roles.Auditor);

        using var response = await auditor.GetAsync($"{AuditApi.Metrics}?{Period}&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var rows = Csv.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["all", "standard", "expedited"], rows.Skip(1).Select(r => r[0]));
        string Cell(int row, string column) => rows[row][Array.IndexOf(rows[0], column)];
        Assert.Equal(("6", "0.3333", "26", "1", "1"), (Cell(1, "received"), Cell(1, "approvedShare"), Cell(1, "averageDecisionHours"),
            Cell(1, "renewalsApproved"), Cell(1, "openUnder1Day")));
        Assert.Equal(("4", "0.5"), (Cell(2, "received"), Cell(2, "approvedShare")));
    }

    [Theory]
    [InlineData("to=0001-01-01", "0001-01-01T00:00:00+00:00")]
    [InlineData("to=0001-03-01T12:00:00Z", "0001-01-01T00:00:00+00:00")]
    [InlineData("from=0001-01-01&to=9999-12-31T23:59:59.9999999Z", "0001-01-01T00:00:00+00:00")]
    [InlineData("to=9999-12-31", "9998-12-31T00:00:00+00:00")]
    public async Task Should_answer_a_period_at_the_ends_of_the_calendar(string query, string expectedFrom)
    {
        using var auditor = await trail.ClientAsync(Users.NewId("auditor"), Roles.Auditor);

        using var response = await auditor.GetAsync($"{AuditApi.Metrics}?{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The default period is the 365 days before 'to', cut at the first instant there is.
        Assert.Equal(DateTimeOffset.Parse(expectedFrom, CultureInfo.InvariantCulture), (await response.JsonAsync())["from"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Should_count_nothing_outside_the_trails_period()
    {
        using var auditor = await trail.ClientAsync(Users.NewId("auditor"), Roles.Auditor);

        var report = await (await auditor.GetAsync($"{AuditApi.Metrics}?from=2018-01-01&to=2018-12-31")).JsonAsync();

        Assert.Equal(0, report["overall"]!["received"]!.GetValue<int>());
        Assert.Null(report["overall"]!["approvedShare"]);
    }
}

using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Contracts;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Server.Tests.Observability;

/// <summary>
/// One request's life is one trace: the submission's HTTP span, the bus's spans through the saga, the review and the
/// trail, and the logs written on the way carry its trace id; and no span or log names the patient.
/// </summary>
public sealed class When_tracing_a_request(TracedApiFactory api) : IClassFixture<TracedApiFactory>
{
    const string Pseudonym = "PT-TRACE-7731";

    [Fact]
    public async Task Should_follow_one_submission_through_every_service_in_one_trace_without_naming_the_patient()
    {
        // The prescriber's client starts the trace, as a caller with its own tracing would: a listener sees every server
        // of this test process, so the trace id is what tells this submission's spans from the others'.
        var trace = ActivityTraceId.CreateRandom();
        using var prescriber = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);
        prescriber.DefaultRequestHeaders.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        var body = SubmissionBodies.Valid();
        body["patient"]!["pseudonym"] = Pseudonym;

        await prescriber.SubmitValidAsync(body);

        // A span is exported when it ends, and the server ends its request span after the client has the answer.
        await Eventually.True(() => api.Spans.Any(s => s.TraceId == trace && s.Kind == ActivityKind.Server && s.DisplayName == "POST /api/v1/requests/")
                && ConsumersIn(trace).IsSupersetOf(["approval-workflow", "review", "intake", "audit"]),
            () => $"the submission's span and its consumers in one trace; consumers so far: {string.Join(", ", ConsumersIn(trace))}");
        Assert.Contains(api.Logs.Entries, entry => entry.Scope.Any(p => p.Key == "TraceId" && p.Value?.ToString() == trace.ToString()));
        Assert.DoesNotContain(api.Spans, span => span.TagObjects.Any(tag => tag.Value?.ToString()?.Contains(Pseudonym, StringComparison.Ordinal) == true)
            || span.DisplayName.Contains(Pseudonym, StringComparison.Ordinal));
        Assert.DoesNotContain(api.Logs.Entries, entry => entry.Message.Contains(Pseudonym, StringComparison.Ordinal)
            || entry.Scope.Any(p => p.Value?.ToString()?.Contains(Pseudonym, StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task Should_count_requests_by_status_and_time_decisions_and_delivery_without_naming_the_patient()
    {
        var body = SubmissionBodies.Valid();
        body["patient"]!["pseudonym"] = Pseudonym;
        var open = await OpenCase.StartAsync(api, body);
        using (var decided = await open.Reviewer.DecideAsync(open.ReviewId, Decisions.Approve()))
            Assert.Equal(System.Net.HttpStatusCode.OK, decided.StatusCode);
        await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "approved");

        api.FlushMetrics();
        var byName = api.Metrics.ToLookup(m => m.Name);
        Assert.Contains("approved", StatusesCounted(byName["approvals.requests.transitions"]));
        Assert.NotEmpty(byName["approvals.requests.decision_time"]);
        Assert.NotEmpty(byName["approvals.outbox.lag"]);
        Assert.NotEmpty(byName["http.server.request.duration"]);
        Assert.DoesNotContain(api.Metrics, metric => TagValues(metric).Any(v => v.Contains(Pseudonym, StringComparison.Ordinal)));
        open.Prescriber.Dispose();
        open.Reviewer.Dispose();
    }

    [Fact]
    public async Task Should_measure_the_review_clock_left_at_each_decision_and_count_reviews_gone_overdue()
    {
        var open = await OpenCase.StartAsync(api, SubmissionBodies.Valid());
        // The workflow's deadline timer fires days from now; its message is what the review service acts on.
        var bus = api.Services.GetRequiredService<IBus>();
        await bus.Publish(new ReviewOverdue(open.RequestId, open.ReviewId, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow));
        await Eventually.True(async () => (await open.Reviewer.GetFromJsonAsync<JsonObject>($"/api/v1/reviews/{open.ReviewId}"))!["overdue"]!.GetValue<bool>(),
            "the review was never flagged overdue");
        using (var decided = await open.Reviewer.DecideAsync(open.ReviewId, Decisions.Approve()))
            Assert.Equal(System.Net.HttpStatusCode.OK, decided.StatusCode);

        api.FlushMetrics();
        // The exporter keeps every export, and the class's other spec decides too: the latest export, over both.
        var clockLeft = api.Metrics.Last(m => m.Name == "approvals.reviews.clock_remaining");
        Assert.Contains("approve", TagValues(clockLeft));
        Assert.Contains("standard", TagValues(clockLeft));
        // The standard clock is seven days and every decision here came within minutes: nearly all of it was left.
        Assert.InRange(Mean(clockLeft), 7 * 24 - 1, 7 * 24);
        Assert.Contains("standard", TagValues(api.Metrics.Last(m => m.Name == "approvals.reviews.overdue")));
        open.Prescriber.Dispose();
        open.Reviewer.Dispose();
    }

    static double Mean(OpenTelemetry.Metrics.Metric histogram)
    {
        var (sum, count) = (0.0, 0L);
        foreach (ref readonly var point in histogram.GetMetricPoints())
        {
            sum += point.GetHistogramSum();
            count += point.GetHistogramCount();
        }

        return sum / count;
    }

    static IEnumerable<string> StatusesCounted(IEnumerable<OpenTelemetry.Metrics.Metric> metrics) =>
        metrics.SelectMany(TagValues);

    static IEnumerable<string> TagValues(OpenTelemetry.Metrics.Metric metric)
    {
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            foreach (var tag in point.Tags)
                yield return tag.Value?.ToString() ?? "";
        }
    }

    /// <summary>The queues whose consumers took part in the trace, from MassTransit's consume spans.</summary>
    HashSet<string> ConsumersIn(ActivityTraceId trace) =>
    [
        .. api.Spans.Where(s => s.TraceId == trace && s.Kind == ActivityKind.Consumer)
            .Select(s => s.GetTagItem("messaging.destination.name")?.ToString() ?? s.DisplayName),
    ];
}

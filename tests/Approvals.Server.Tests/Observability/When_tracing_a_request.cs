using System.Diagnostics;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

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

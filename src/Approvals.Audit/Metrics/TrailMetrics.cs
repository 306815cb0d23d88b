using System.Text.Json;
using Approvals.Audit.Persistence;
using Approvals.Audit.Recording;
using Approvals.Audit.Recording.Translations;
using Approvals.Contracts;
using Approvals.Http;

namespace Approvals.Audit.Metrics;

/// <summary>
/// Folds audit entries into per-request trails and reports a period's figures from them. Only the trail is read: a
/// decision is a timeline transition that carries one, a renewal decision one that follows an earlier approval of the
/// same request, so renewal rounds count as soon as the workflow records them.
/// </summary>
public sealed class TrailMetrics
{
    /// <summary>Statuses in which a request waits on a review round.</summary>
    static readonly HashSet<RequestStatus> Open = [RequestStatus.Submitted, RequestStatus.UnderReview, RequestStatus.AwaitingInformation];

    readonly Dictionary<Guid, RequestTrail> _requests = [];
    long _throughSequence;

    /// <summary>Whether <paramref name="entry"/> is one the metrics read; the query selects the same.</summary>
    public static bool Reads(AuditEntry entry) =>
        entry.Action is AuditActions.SubmissionRecorded or AuditActions.ReviewOverdue ||
        (entry.EntityType == AuditEntities.Request && entry.EntityVersion is not null);

    public void Add(AuditEntry entry)
    {
        _throughSequence = Math.Max(_throughSequence, entry.Sequence);
        if (entry.RequestId is not { } requestId || !Reads(entry))
            return;
        var trail = TrailOf(requestId);
        if (entry.Action == AuditActions.SubmissionRecorded)
        {
            trail.Urgency = Read<SubmissionValues>(entry.NewValues)?.Urgency;
            trail.SubmittedAt = entry.OccurredAt;
        }
        else if (entry.Action == AuditActions.ReviewOverdue)
            trail.OverdueAt.Add(entry.OccurredAt);
        else if (Read<TimelineValues>(entry.NewValues) is { } values)
            trail.Transitions.Add(new Transition(entry.EntityVersion!.Value, values.Status, entry.OccurredAt, values.Decision?.Outcome));
    }

    public MetricsReport Report(DateTimeOffset from, DateTimeOffset to, DateTimeOffset openAsOf)
    {
        var overall = new FiguresBuilder();
        var byUrgency = Enum.GetValues<Urgency>().ToDictionary(u => u, _ => new FiguresBuilder());
        foreach (var trail in _requests.Values)
        {
            var scopes = trail.Urgency is { } urgency ? new[] { overall, byUrgency[urgency] } : [overall];
            foreach (var scope in scopes)
                Count(trail, scope, from, to, openAsOf);
        }

        return new MetricsReport(from, to, openAsOf, _throughSequence, overall.Build(),
            byUrgency.ToDictionary(p => KebabCaseEnum.Name(p.Key), p => p.Value.Build()));
    }

    static void Count(RequestTrail trail, FiguresBuilder figures, DateTimeOffset from, DateTimeOffset to, DateTimeOffset openAsOf)
    {
        bool InPeriod(DateTimeOffset at) => at >= from && at < to;

        var receivedAt = trail.ReceivedAt;
        if (receivedAt is { } received && InPeriod(received))
            figures.Received++;
        figures.Overdue += trail.OverdueAt.Count(InPeriod);

        var approvedBefore = false;
        foreach (var transition in trail.InOrder)
        {
            if (transition.Status == RequestStatus.Withdrawn && InPeriod(transition.At))
                figures.Withdrawn++;
            if (transition.Outcome is not ({ } outcome and (DecisionOutcome.Approve or DecisionOutcome.ApproveModified or DecisionOutcome.Deny)))
                continue;
            if (InPeriod(transition.At))
                CountDecision(figures, outcome, renewal: approvedBefore, transition.At - receivedAt);
            approvedBefore |= outcome != DecisionOutcome.Deny;
        }

        if (OpenSince(trail, openAsOf) is { } since)
            figures.AddOpenReview(openAsOf - since);
    }

    static void CountDecision(FiguresBuilder figures, DecisionOutcome outcome, bool renewal, TimeSpan? sinceReceived)
    {
        if (renewal)
        {
            if (outcome == DecisionOutcome.Deny)
                figures.RenewalsDenied++;
            else
                figures.RenewalsApproved++;
            return;
        }

        switch (outcome)
        {
            case DecisionOutcome.Approve:
                figures.Approved++;
                break;
            case DecisionOutcome.ApproveModified:
                figures.ApprovedModified++;
                break;
            default:
                figures.Denied++;
                break;
        }

        if (sinceReceived is { } elapsed)
            figures.AddDecisionTime(elapsed);
    }

    /// <summary>When the review round still open at <paramref name="asOf"/> began, or null when none is open.</summary>
    static DateTimeOffset? OpenSince(RequestTrail trail, DateTimeOffset asOf)
    {
        DateTimeOffset? since = null;
        foreach (var transition in trail.InOrder.Where(t => t.At < asOf))
            since = Open.Contains(transition.Status) ? since ?? transition.At : null;
        return since;
    }

    RequestTrail TrailOf(Guid requestId)
    {
        if (!_requests.TryGetValue(requestId, out var trail))
            _requests[requestId] = trail = new RequestTrail();
        return trail;
    }

    static T? Read<T>(string? json) where T : class => json is null ? null : JsonSerializer.Deserialize<T>(json, AuditJson.Options);
}

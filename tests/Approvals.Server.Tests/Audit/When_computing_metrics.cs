using Approvals.Audit.Chain;
using Approvals.Audit.Metrics;
using Approvals.Contracts;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Audit;

/// <summary>
/// March 2019, as a trail: A approved after 24 h, B approved at a lower dose after 48 h, C (expedited) overdue then
/// denied after 6 h, D withdrawn, E and F approved in February and renewed in March (E approved, F denied), G overdue
/// and still under review at the end, H (expedited) awaiting information at the end, I submitted in April.
/// </summary>
public sealed class When_computing_metrics
{
    public static readonly DateTimeOffset From = new(2019, 3, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset To = new(2019, 4, 1, 0, 0, 0, TimeSpan.Zero);

    static DateTimeOffset Day(int month, int day, int hour = 9) => new(2019, month, day, hour, 0, 0, TimeSpan.Zero);

    public static async Task<TrailScript> MarchAsync()
    {
        var trail = new TrailScript();
        var a = await trail.SubmitAsync(Urgency.Standard, Day(3, 2));
        await trail.DecideAsync(a, DecisionOutcome.Approve, Day(3, 3));
        var b = await trail.SubmitAsync(Urgency.Standard, Day(3, 4));
        await trail.DecideAsync(b, DecisionOutcome.ApproveModified, Day(3, 6));
        var c = await trail.SubmitAsync(Urgency.Expedited, Day(3, 5));
        await trail.OverdueAsync(c, Day(3, 5, 12));
        await trail.DecideAsync(c, DecisionOutcome.Deny, Day(3, 5, 15));
        var d = await trail.SubmitAsync(Urgency.Standard, Day(3, 10));
        await trail.StatusAsync(d, RequestStatus.Withdrawn, Day(3, 11));
        var e = await trail.SubmitAsync(Urgency.Expedited, Day(2, 20));
        await trail.DecideAsync(e, DecisionOutcome.Approve, Day(2, 21));
        await trail.StatusAsync(e, RequestStatus.UnderReview, Day(3, 20));
        await trail.DecideAsync(e, DecisionOutcome.Approve, Day(3, 21));
        var f = await trail.SubmitAsync(Urgency.Standard, Day(2, 25));
        await trail.DecideAsync(f, DecisionOutcome.Approve, Day(2, 26));
        await trail.StatusAsync(f, RequestStatus.UnderReview, Day(3, 25));
        await trail.DecideAsync(f, DecisionOutcome.Deny, Day(3, 26));
        var g = await trail.SubmitAsync(Urgency.Standard, Day(3, 29, 12));
        await trail.OverdueAsync(g, Day(3, 31));
        var h = await trail.SubmitAsync(Urgency.Expedited, Day(3, 31, 20));
        await trail.StatusAsync(h, RequestStatus.AwaitingInformation, Day(3, 31, 21));
        await trail.SubmitAsync(Urgency.Standard, Day(4, 2));
        return trail;
    }

    static async Task<MetricsReport> ReportAsync(DateTimeOffset openAsOf)
    {
        var metrics = new TrailMetrics();
        ChainHead? head = null;
        foreach (var draft in (await MarchAsync()).Drafts)
        {
            var entry = AuditChain.Link(draft, head, DateTimeOffset.UtcNow);
            head = new ChainHead(entry.Sequence, entry.Hash);
            metrics.Add(entry);
        }

        return metrics.Report(From, To, openAsOf);
    }

    [Fact]
    public async Task Should_count_received_decided_and_withdrawn_with_their_shares()
    {
        var overall = (await ReportAsync(To)).Overall;

        Assert.Equal(6, overall.Received);
        Assert.Equal(3, overall.Decided);
        Assert.Equal((1, 0.3333), (overall.Approved, overall.ApprovedShare));
        Assert.Equal((1, 0.3333), (overall.ApprovedModified, overall.ApprovedModifiedShare));
        Assert.Equal((1, 0.3333), (overall.Denied, overall.DeniedShare));
        Assert.Equal((1, 0.25), (overall.Withdrawn, overall.WithdrawnShare));
    }

    [Fact]
    public async Task Should_time_first_decisions_from_submission()
    {
        var overall = (await ReportAsync(To)).Overall;

        Assert.Equal(26, overall.AverageDecisionHours);
        Assert.Equal(24, overall.MedianDecisionHours);
    }

    [Fact]
    public async Task Should_count_renewal_decisions_apart()
    {
        var report = await ReportAsync(To);

        Assert.Equal((1, 1), (report.Overall.RenewalsApproved, report.Overall.RenewalsDenied));
        Assert.Equal((1, 0), (report.ByUrgency["expedited"].RenewalsApproved, report.ByUrgency["expedited"].RenewalsDenied));
        Assert.Equal((0, 1), (report.ByUrgency["standard"].RenewalsApproved, report.ByUrgency["standard"].RenewalsDenied));
    }

    [Fact]
    public async Task Should_count_overdue_reviews_and_open_ones_by_age()
    {
        var overall = (await ReportAsync(To)).Overall;

        Assert.Equal(2, overall.Overdue);
        Assert.Equal(new OpenReviewAges(Total: 2, Under1Day: 1, From1To3Days: 1, From3To7Days: 0, From7To14Days: 0, Over14Days: 0),
            overall.OpenReviews);
    }

    [Fact]
    public async Task Should_split_the_figures_by_urgency()
    {
        var report = await ReportAsync(To);
        var standard = report.ByUrgency["standard"];
        var expedited = report.ByUrgency["expedited"];

        Assert.Equal((4, 2, 1, 1, 0, 1), (standard.Received, standard.Decided, standard.Approved, standard.ApprovedModified, standard.Denied,
            standard.Withdrawn));
        Assert.Equal((0.5, 0.3333, 36.0, 36.0, 1), (standard.ApprovedShare!.Value, standard.WithdrawnShare!.Value,
            standard.AverageDecisionHours!.Value, standard.MedianDecisionHours!.Value, standard.Overdue));
        Assert.Equal((2, 1, 1, 1.0, 6.0, 1), (expedited.Received, expedited.Decided, expedited.Denied, expedited.DeniedShare!.Value,
            expedited.AverageDecisionHours!.Value, expedited.Overdue));
        Assert.Equal(1, standard.OpenReviews.From1To3Days);
        Assert.Equal(1, expedited.OpenReviews.Under1Day);
    }

    [Fact]
    public async Task Should_measure_open_reviews_as_of_the_given_time()
    {
        // Mid-March: E and F are approved and not yet renewed; G and H are not submitted yet; A..D are closed.
        var midMarch = await ReportAsync(Day(3, 10, 12));

        Assert.Equal(1, midMarch.Overall.OpenReviews.Total);
        Assert.Equal(1, midMarch.Overall.OpenReviews.Under1Day);
    }

    [Fact]
    public async Task Should_report_no_shares_or_times_for_an_empty_period()
    {
        var metrics = new TrailMetrics();

        var empty = metrics.Report(From, To, To).Overall;

        Assert.Equal(0, empty.Received);
        Assert.Null(empty.ApprovedShare);
        Assert.Null(empty.AverageDecisionHours);
        Assert.Null(empty.MedianDecisionHours);
    }
}

namespace Approvals.Web.Api.Audit;

/// <summary><c>GET /api/v1/audit/metrics</c>: a period's figures overall and per urgency (keyed <c>standard</c>, <c>expedited</c>).</summary>
public sealed record AuditMetrics(
    DateTimeOffset From,
    DateTimeOffset To,
    DateTimeOffset OpenAsOf,
    long ThroughSequence,
    PeriodFigures Overall,
    IReadOnlyDictionary<string, PeriodFigures> ByUrgency);

/// <summary>Shares are fractions (0.25 for a quarter), null where nothing was counted; decision times in hours.</summary>
public sealed record PeriodFigures(
    int Received,
    int Decided,
    int Approved,
    double? ApprovedShare,
    int ApprovedModified,
    double? ApprovedModifiedShare,
    int Denied,
    double? DeniedShare,
    int Withdrawn,
    double? WithdrawnShare,
    double? AverageDecisionHours,
    double? MedianDecisionHours,
    int Overdue,
    OpenReviewAges OpenReviews,
    int RenewalsApproved,
    int RenewalsDenied);

public sealed record OpenReviewAges(int Total, int Under1Day, int From1To3Days, int From3To7Days, int From7To14Days, int Over14Days);

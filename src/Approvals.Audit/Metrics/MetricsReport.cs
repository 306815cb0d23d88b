namespace Approvals.Audit.Metrics;

/// <summary>
/// Figures for the period [<see cref="From"/>, <see cref="To"/>), computed from the audit trail up to entry
/// <see cref="ThroughSequence"/>, so each figure can be traced to the entries behind it.
/// </summary>
public sealed record MetricsReport(
    DateTimeOffset From,
    DateTimeOffset To,
    DateTimeOffset OpenAsOf,
    long ThroughSequence,
    PeriodFigures Overall,
    IReadOnlyDictionary<string, PeriodFigures> ByUrgency);

/// <summary>
/// Decisions are first decisions of a request; a decision after the request had been approved is a renewal and counts
/// only under renewals. Shares of approved, approved-modified and denied are of <see cref="Decided"/>; the withdrawn
/// share is of the requests closed in the period (decided or withdrawn). Decision hours run from submission to the first
/// decision. Null where nothing was counted.
/// </summary>
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

/// <summary>Requests waiting on a review at the end of the period, by how long the current review round has been open.</summary>
public sealed record OpenReviewAges(int Total, int Under1Day, int From1To3Days, int From3To7Days, int From7To14Days, int Over14Days);

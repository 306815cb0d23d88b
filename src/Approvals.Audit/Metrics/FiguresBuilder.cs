namespace Approvals.Audit.Metrics;

/// <summary>Counts for one scope (overall, or one urgency), turned into shares and hours at the end.</summary>
internal sealed class FiguresBuilder
{
    readonly List<double> _decisionHours = [];
    readonly int[] _openBuckets = new int[5];

    public int Received { get; set; }
    public int Approved { get; set; }
    public int ApprovedModified { get; set; }
    public int Denied { get; set; }
    public int Withdrawn { get; set; }
    public int Overdue { get; set; }
    public int RenewalsApproved { get; set; }
    public int RenewalsDenied { get; set; }

    public void AddDecisionTime(TimeSpan elapsed) => _decisionHours.Add(elapsed.TotalHours);

    public void AddOpenReview(TimeSpan age)
    {
        var bucket = age < TimeSpan.FromDays(1) ? 0
            : age < TimeSpan.FromDays(3) ? 1
            : age < TimeSpan.FromDays(7) ? 2
            : age < TimeSpan.FromDays(14) ? 3
            : 4;
        _openBuckets[bucket]++;
    }

    public PeriodFigures Build()
    {
        var decided = Approved + ApprovedModified + Denied;
        var sorted = _decisionHours.Order().ToList();
        return new PeriodFigures(
            Received, decided,
            Approved, Share(Approved, decided),
            ApprovedModified, Share(ApprovedModified, decided),
            Denied, Share(Denied, decided),
            Withdrawn, Share(Withdrawn, decided + Withdrawn),
            sorted.Count == 0 ? null : Math.Round(sorted.Average(), 2),
            sorted.Count == 0 ? null : Math.Round(Median(sorted), 2),
            Overdue,
            new OpenReviewAges(_openBuckets.Sum(), _openBuckets[0], _openBuckets[1], _openBuckets[2], _openBuckets[3], _openBuckets[4]),
            RenewalsApproved, RenewalsDenied);
    }

    static double? Share(int count, int of) => of == 0 ? null : Math.Round((double)count / of, 4);

    static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

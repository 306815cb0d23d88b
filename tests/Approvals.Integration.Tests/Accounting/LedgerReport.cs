using System.Globalization;
using System.Text;

namespace Approvals.Integration.Tests.Accounting;

/// <summary>
/// The Jepsen-style verdict on one moment: <b>lost</b> (accepted, yet not at its expected end), <b>duplicated</b>
/// (a business effect more than once), <b>unexpected</b> (an effect for an id nobody submitted), <b>recovered</b>
/// (outcome unknown to the client, yet processed: allowed), and <b>leftovers</b> (outbox rows or queued messages that
/// should not remain). Clean means all but recovered are empty.
/// </summary>
public sealed record LedgerReport(
    int Tracked,
    IReadOnlyList<string> Lost,
    IReadOnlyList<string> Duplicated,
    IReadOnlyList<string> Unexpected,
    IReadOnlyList<Guid> Recovered,
    IReadOnlyList<string> Leftovers)
{
    public bool IsClean => Lost.Count == 0 && Duplicated.Count == 0 && Unexpected.Count == 0 && Leftovers.Count == 0;

    /// <summary>Neither waiting nor retrying repairs these.</summary>
    public bool IsBroken => Duplicated.Count > 0 || Unexpected.Count > 0;

    public override string ToString()
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"ledger: {Tracked} tracked, lost {Lost.Count}, duplicated {Duplicated.Count}, unexpected {Unexpected.Count}, ")
            .Append(CultureInfo.InvariantCulture, $"recovered {Recovered.Count}, leftovers {Leftovers.Count}");
        // A CI log keeps only the first lines: a tally by kind says where the messages stopped even when they are many.
        foreach (var (kind, count) in Lost.GroupBy(KindOf).Select(g => (g.Key, g.Count())).OrderByDescending(k => k.Item2))
            text.Append(CultureInfo.InvariantCulture, $"\n  lost {count}× {kind}");
        foreach (var (name, items) in new[] { ("lost", Lost), ("duplicated", Duplicated), ("unexpected", Unexpected), ("leftovers", Leftovers) })
        {
            foreach (var item in items.Take(10))
                text.Append(CultureInfo.InvariantCulture, $"\n  {name}: {item}");
            if (items.Count > 10)
                text.Append(CultureInfo.InvariantCulture, $"\n  {name}: ... and {items.Count - 10} more");
        }

        return text.ToString();
    }

    /// <summary>An item without its request id: "status Submitted, expected UnderReview".</summary>
    static string KindOf(string item) => item.IndexOf(": ", StringComparison.Ordinal) is var at and >= 0 && Guid.TryParse(item[..at], out _)
        ? item[(at + 2)..]
        : item;
}

/// <summary>The ledger did not balance.</summary>
public sealed class LedgerViolationException(LedgerReport report) : Exception(report.ToString())
{
    public LedgerReport Report { get; } = report;
}

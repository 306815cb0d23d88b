using Approvals.Integration.Tests.Infrastructure;

namespace Approvals.Integration.Tests.Accounting;

/// <summary>
/// Where one request must end, in each service's own words (the stored enum names): the prescriber's status, the
/// saga's state, the review's status, and the timeline, one entry per transition.
/// </summary>
public sealed record Expectation(string Status, string SagaState, string ReviewStatus, IReadOnlyList<string> Timeline)
{
    public static Expectation InReview { get; } = new("UnderReview", "UnderReview", "Open", ["Submitted", "UnderReview"]);

    public static Expectation Approved { get; } = new("Approved", "Approved", "Decided", ["Submitted", "UnderReview", "Approved"]);

    public static Expectation Denied { get; } = new("Denied", "Denied", "Decided", ["Submitted", "UnderReview", "Denied"]);

    /// <summary>A question asked and answered: back in the queue.</summary>
    public static Expectation Answered { get; } =
        new("UnderReview", "UnderReview", "Open", ["Submitted", "UnderReview", "AwaitingInformation", "UnderReview"]);

    /// <summary>
    /// The review clock ran out before the decision: the overdue mark is one more timeline entry (same status) and one
    /// more message for review, which flags the review in its queue.
    /// </summary>
    public static Expectation ApprovedAfterOverdue { get; } =
        new("Approved", "Approved", "Decided", ["Submitted", "UnderReview", "UnderReview", "Approved"]) { WentOverdue = true };

    /// <summary>Still in the queue once its review clock ran out.</summary>
    public static Expectation OverdueInReview { get; } =
        new("UnderReview", "UnderReview", "Open", ["Submitted", "UnderReview", "UnderReview"]) { WentOverdue = true };

    /// <summary>Whether the review deadline fired: its timeline entry is no answer to a question.</summary>
    public bool WentOverdue { get; init; }

    /// <summary>Refused attempts recorded for the case: intake consumes each one to show it on the request.</summary>
    public int Refusals { get; init; }

    /// <summary>Decisions the case must carry: one once approved or denied, none before.</summary>
    public int Decisions => Timeline.Count(IsDecision);

    /// <summary>Answers to a question: each entry back to UnderReview after the first.</summary>
    int Answers => Timeline.Skip(2).Count(s => s == "UnderReview") - (WentOverdue ? 1 : 0);

    int Withdrawals => Timeline.Count(s => s == "Withdrawn");

    /// <summary>
    /// Messages each service's inbox must have recorded for this case, one row per message id: a resend under a new
    /// id would add a row even where the business rules hide the duplicate.
    /// </summary>
    public IReadOnlyDictionary<string, int> InboxRows => new Dictionary<string, int>(StringComparer.Ordinal)
    {
        // Every timeline entry, the first one too (Intake already wrote it, and recognises it by its sequence), and
        // every refusal recorded for the case.
        ["intake"] = Timeline.Count + Refusals,
        // OpenReview, then a ResumeReview per answer, a CancelReview per withdrawal and ReviewOverdue once the clock ran
        // out; and, for review's own view of the request, every timeline entry and every refusal recorded for the case.
        ["review"] = 1 + Answers + Withdrawals + (WentOverdue ? 1 : 0) + Timeline.Count + Refusals,
        // ApprovalRequested, InformationRequested and InformationProvided per question, ReviewDecided, RequestWithdrawn.
        // The saga writes its timers into its own timer table (LocalScheduling), so the durable scheduler's endpoint,
        // behind the same inbox, receives nothing for the case; a timer that fires is sent to the saga, through the
        // inbox, like any message: the review clock's reminder and deadline once it ran out.
        ["workflow"] = 1 + Timeline.Count(s => s == "AwaitingInformation") + Answers + Decisions + Withdrawals + (WentOverdue ? 2 : 0),
    };

    /// <summary>
    /// Messages a deployment consumes once whatever the cases: the workflow hears of every shipped protocol version
    /// (it watches for lower caps taking effect).
    /// </summary>
    public static int DeploymentInboxRows(string service) => service == "workflow" ? ShippedProtocols.Count : 0;

    public static bool IsDecision(string status) => status is "Approved" or "Denied";
}

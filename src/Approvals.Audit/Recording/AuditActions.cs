using Approvals.Contracts;
using Approvals.Http;

namespace Approvals.Audit.Recording;

/// <summary>
/// The action vocabulary, <c>noun.verb-ed</c>. A request's timeline transitions are <c>request.&lt;status&gt;</c>, so a
/// status added to the lifecycle gets its action without a change here. Refused attempts are <c>&lt;step&gt;.refused</c>,
/// one per <see cref="RequestSteps"/> name (<c>decision.refused</c> also for a decision the workflow voided), so a step
/// added there gets its refusal's action without a change here either.
/// </summary>
public static class AuditActions
{
    public const string TimelinePrefix = "request.";
    public const string SubmissionRecorded = "submission.recorded";
    public const string DecisionRecorded = "decision.recorded";
    public const string OpinionRecorded = "opinion.recorded";
    public const string InformationRequested = "information.requested";
    public const string InformationProvided = "information.provided";
    public const string WithdrawalRequested = "withdrawal.requested";
    public const string ApprovalGranted = "approval.granted";
    public const string ApprovalDenied = "approval.denied";
    public const string ReviewOverdue = "review.overdue";
    public const string ReviewDeadlineApproaching = "review.deadline-approaching";
    public const string ReviewClaimed = "review.claimed";
    public const string ReviewReleased = "review.released";
    public const string ProtocolPublished = "protocol.published";
    public const string FollowUpReported = "follow-up.reported";

    public static string Timeline(RequestStatus status) => TimelinePrefix + KebabCaseEnum.Name(status);

    /// <summary>A refused attempt at a step: <c>decision.refused</c>, <c>suspension.refused</c>, ….</summary>
    public static string Refused(string step) => step + ".refused";
}

/// <summary>The records an entry can be about.</summary>
public static class AuditEntities
{
    public const string Request = "request";
    public const string Review = "review";
    public const string Protocol = "protocol";
    public const string FollowUp = "follow-up";
}

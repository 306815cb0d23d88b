namespace Approvals.Contracts;

/// <summary>
/// The clocks of the protocol version a request was submitted under: review clocks by urgency, the reply deadline,
/// the approval's default and longest window, the follow-up interval and the renewal reminders. The saga keeps them
/// with the case, so a later version never changes the clocks of a running case.
/// </summary>
public sealed record ProtocolTerms(
    TimeSpan StandardReview,
    TimeSpan ExpeditedReview,
    TimeSpan InformationDeadline,
    TimeSpan ApprovalValidity,
    TimeSpan MaxApprovalValidity,
    TimeSpan FollowUpInterval,
    IReadOnlyList<TimeSpan> RenewalReminders);

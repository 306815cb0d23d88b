namespace Approvals.Contracts;

/// <summary>
/// The clocks of the protocol version a request was submitted under: review clocks by urgency, the reply deadline,
/// the approval's default and longest window, the follow-up interval and the renewal reminders. The saga keeps them
/// with the case, so a later version never changes the clocks of a running case.
/// </summary>
/// <remarks>
/// A clock in working days has its <see cref="TimeSpan"/> zero and its working days set. The working-day members are
/// trailing and optional: terms stored or sent before they existed read as calendar time, as they were meant.
/// </remarks>
public sealed record ProtocolTerms(
    TimeSpan StandardReview,
    TimeSpan ExpeditedReview,
    TimeSpan InformationDeadline,
    TimeSpan ApprovalValidity,
    TimeSpan MaxApprovalValidity,
    TimeSpan FollowUpInterval,
    IReadOnlyList<TimeSpan> RenewalReminders,
    WorkingDays? StandardReviewWorkingDays = null,
    WorkingDays? ExpeditedReviewWorkingDays = null,
    WorkingDays? InformationDeadlineWorkingDays = null);

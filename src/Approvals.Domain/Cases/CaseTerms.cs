using Approvals.Contracts;
using Approvals.Domain.Calendars;
using Approvals.Domain.Protocols;

namespace Approvals.Domain.Cases;

/// <summary>
/// The clocks one case runs on, fixed at submission: its protocol version's, or the configured ones for a case
/// submitted without a version. A later version never changes them. The rule objects are never changed once here.
/// </summary>
public sealed record CaseTerms(ReviewDeadlines Clocks, AllowedTime InformationDeadline, ApprovalTermsRules Approval)
{
    /// <summary>The configured defaults (7 days / 72 h review, 14 days to answer, the baclofen approval terms).</summary>
    public static CaseTerms Default { get; } =
        new(new ReviewClocks().Deadlines(), new CalendarTimeAllowed(TimeSpan.FromDays(14)), new ApprovalTermsRules());

    /// <summary>The renewal reminders, longest lead first, sorted once rather than on every look.</summary>
    public IReadOnlyList<TimeSpan> Reminders { get; } = Approval.Reminders;

    public static CaseTerms Of(ProtocolVersion protocol) =>
        new(protocol.ReviewClocks, protocol.InformationDeadline, protocol.ApprovalTerms());

    /// <summary>
    /// The terms as messages carry them (<see cref="ProtocolTerms"/>), so a saga row can hold them as it does today;
    /// working days are counted on the jurisdictions' calendars, as the validator checked them.
    /// </summary>
    public static CaseTerms Of(ProtocolTerms terms)
    {
        var calendars = WorkingDayCalendars.Standard;
        return new(
            new ReviewDeadlines(
                AllowedTimeContract.FromContract(terms.StandardReview, terms.StandardReviewWorkingDays, calendars),
                AllowedTimeContract.FromContract(terms.ExpeditedReview, terms.ExpeditedReviewWorkingDays, calendars)),
            AllowedTimeContract.FromContract(terms.InformationDeadline, terms.InformationDeadlineWorkingDays, calendars),
            new ApprovalTermsRules
            {
                DefaultValidity = terms.ApprovalValidity,
                MaxValidity = terms.MaxApprovalValidity,
                FollowUpInterval = terms.FollowUpInterval,
                RenewalReminders = [.. terms.RenewalReminders],
            });
    }
}

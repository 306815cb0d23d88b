using Approvals.Contracts;
using Approvals.Domain.Protocols;

namespace Approvals.Domain.Cases;

/// <summary>
/// The clocks one case runs on, fixed at submission: its protocol version's, or the configured ones for a case
/// submitted without a version. A later version never changes them. The rule objects are never changed once here.
/// </summary>
public sealed record CaseTerms(ReviewClocks Clocks, TimeSpan InformationDeadline, ApprovalTermsRules Approval)
{
    /// <summary>The configured defaults (7 days / 72 h review, 14 days to answer, the baclofen approval terms).</summary>
    public static CaseTerms Default { get; } = new(new ReviewClocks(), TimeSpan.FromDays(14), new ApprovalTermsRules());

    /// <summary>The renewal reminders, longest lead first, sorted once rather than on every look.</summary>
    public IReadOnlyList<TimeSpan> Reminders { get; } = Approval.Reminders;

    public static CaseTerms Of(ProtocolVersion protocol) =>
        new(new ReviewClocks { Standard = protocol.ReviewClocks.Standard, Expedited = protocol.ReviewClocks.Expedited },
            protocol.InformationDeadline, protocol.ApprovalTerms());

    /// <summary>The terms as messages carry them (<see cref="ProtocolTerms"/>), so a saga row can hold them as it does today.</summary>
    public static CaseTerms Of(ProtocolTerms terms) =>
        new(new ReviewClocks { Standard = terms.StandardReview, Expedited = terms.ExpeditedReview }, terms.InformationDeadline,
            new ApprovalTermsRules
            {
                DefaultValidity = terms.ApprovalValidity,
                MaxValidity = terms.MaxApprovalValidity,
                FollowUpInterval = terms.FollowUpInterval,
                RenewalReminders = [.. terms.RenewalReminders],
            });
}

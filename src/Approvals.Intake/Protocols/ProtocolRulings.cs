using Approvals.Contracts;
using Approvals.Domain.Protocols;

namespace Approvals.Intake.Protocols;

/// <summary>What the protocol version in force says about a submission, in the form the workflow's messages carry.</summary>
public static class ProtocolRulings
{
    public static ApprovalRequested Apply(this ApprovalRequested request, ProtocolVersion protocol) =>
        protocol.RuleOnDose(request.DailyDoseMg) switch
        {
            DoseRuling.Denied denied => request with { AutomaticDenial = new AutomaticDenial(denied.ReasonCode, denied.Detail), Terms = TermsOf(protocol) },
            DoseRuling.NeedsReview review => request with { Requirement = review.Requirement, Terms = TermsOf(protocol) },
            _ => throw new InvalidOperationException("A dose ruling is either a denial or a review."),
        };

    /// <summary>The review a renewal needs: the tier of the dose approved now, under the version the request was decided on.</summary>
    public static ReviewRequirement? RenewalRequirement(ProtocolVersion protocol, decimal? approvedDailyDoseMg) =>
        approvedDailyDoseMg is { } dose && protocol.RuleOnDose(dose) is DoseRuling.NeedsReview review ? review.Requirement : null;

    public static ProtocolTerms TermsOf(ProtocolVersion p) =>
        new(p.ReviewClocks.Standard, p.ReviewClocks.Expedited, p.InformationDeadline, p.ApprovalValidity, p.MaxApprovalValidity,
            p.FollowUpInterval, p.RenewalReminders);
}

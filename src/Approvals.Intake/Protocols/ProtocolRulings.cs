using Approvals.Contracts;
using Approvals.Domain.Cases;
using Approvals.Domain.Protocols;

namespace Approvals.Intake.Protocols;

/// <summary>What the protocol version in force says about a submission, in the form the workflow's messages carry.</summary>
public static class ProtocolRulings
{
    /// <summary>
    /// The case decider's ruling on the submission (its dose against the version's tiers and cap), carried on the message.
    /// The workflow opens the round under an id of its own, so the round's id here is none.
    /// </summary>
    public static ApprovalRequested Apply(this ApprovalRequested request, ProtocolVersion protocol)
    {
        var submission = new SubmitRequest(request.PrescriberId, request.DailyDoseMg, request.Urgency, request.SubmittedAt, ReviewId: Guid.Empty,
            protocol, CaseTerms.Default);
        var verdict = CaseDecider.Decide(CaseState.None, submission, request.SubmittedAt);
        if (verdict.Refusal is { } refusal)
            throw new InvalidOperationException($"A validated submission was refused by the case: {refusal.Code}.");
        var ruled = request with { Terms = TermsOf(protocol) };
        return verdict.Events.OfType<DeniedByProtocol>().SingleOrDefault() is { } denied
            ? ruled with { AutomaticDenial = new AutomaticDenial(denied.ReasonCode, denied.Detail) }
            : ruled with { Requirement = verdict.Events.OfType<ReviewOpened>().Single().Round.Requirement };
    }

    public static ProtocolTerms TermsOf(ProtocolVersion p)
    {
        var (standard, standardWorkingDays) = p.ReviewClocks.Standard.ToContract();
        var (expedited, expeditedWorkingDays) = p.ReviewClocks.Expedited.ToContract();
        var (informationDeadline, informationDeadlineWorkingDays) = p.InformationDeadline.ToContract();
        return new(standard, expedited, informationDeadline, p.ApprovalValidity, p.MaxApprovalValidity, p.FollowUpInterval, p.RenewalReminders,
            standardWorkingDays, expeditedWorkingDays, informationDeadlineWorkingDays);
    }
}

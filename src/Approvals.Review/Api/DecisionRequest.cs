using System.ComponentModel.DataAnnotations;
using Approvals.Contracts;
using Approvals.Domain;
using Approvals.Review.Collegial;

namespace Approvals.Review.Api;

/// <summary>Body of <c>POST /api/v1/reviews/{id}/decision</c>; every member optional so a missing one is named, not guessed.</summary>
/// <param name="ExpertOpinionWaivedBecause">Why an approval goes ahead without the expert opinion the protocol recommends.</param>
public sealed record DecisionRequest(
    [property: Required] DecisionOutcome? Outcome,
    decimal? ApprovedDailyDoseMg = null,
    string? ReasonCode = null,
    string? Rationale = null,
    IReadOnlyList<string>? Questions = null,
    DateTimeOffset? ValidUntil = null,
    string? ExpertOpinionWaivedBecause = null)
{
    /// <param name="windowStartsAt">Where the approved window would start: now, or the current window's end for a renewal.</param>
    public ReviewDecision? Validate(decimal requestedDailyDoseMg, ReviewKind kind, DateTimeOffset windowStartsAt, ApprovalTermsRules terms,
        ValidationErrors errors)
    {
        if (Outcome is not { } outcome)
        {
            errors.Add("outcome", "Required: approve, approve-modified, deny or request-information.");
            return null;
        }

        if (kind == ReviewKind.Renewal && outcome == DecisionOutcome.RequestInformation)
            errors.Add("outcome", "A renewal is decided on the reported follow-ups: approve, approve-modified or deny.");
        if (ValidUntil is { } until)
        {
            if (outcome is not (DecisionOutcome.Approve or DecisionOutcome.ApproveModified))
                errors.Add("validUntil", "Only an approval has a validity.");
            else if (!terms.AllowsWindow(windowStartsAt, until))
                errors.Add("validUntil", $"After {windowStartsAt:u} and at most {terms.MaxValidity.TotalDays:0.##} days after it.");
        }

        if (ExpertOpinionWaivedBecause is { } waiver)
        {
            if (outcome is not (DecisionOutcome.Approve or DecisionOutcome.ApproveModified))
                errors.Add(ApprovalGuard.WaiverField, "Only an approval can go ahead without an expert opinion.");
            else if (waiver.Trim().Length < ApprovalGuard.MinWaiverLength)
                errors.Add(ApprovalGuard.WaiverField, $"State the reason in at least {ApprovalGuard.MinWaiverLength} characters.");
            else
                errors.OptionalText(ApprovalGuard.WaiverField, waiver);
        }

        var decision = new ReviewDecision(outcome, ApprovedDailyDoseMg, ReasonCode, Rationale, Questions);
        foreach (var (field, messages) in DecisionRules.Check(decision, requestedDailyDoseMg).ToDictionary())
            foreach (var message in messages)
                errors.Add(field, message);
        return errors.IsEmpty ? decision : null;
    }
}

using Approvals.Contracts;

namespace Approvals.Domain;

/// <summary>Pure rules for a reviewer's decision on one request.</summary>
public static class DecisionRules
{
    /// <summary>The rationale, questions and waiver follow <see cref="TextRules"/>; kept under this name for its callers.</summary>
    public const int MaxTextLength = TextRules.MaxLength;

    public static ValidationErrors Check(ReviewDecision decision, decimal requestedDailyDoseMg)
    {
        var errors = new ValidationErrors();
        switch (decision.Outcome)
        {
            case DecisionOutcome.Approve:
                if (decision.ApprovedDailyDoseMg is { } dose && dose != requestedDailyDoseMg)
                    errors.Add("approvedDailyDoseMg", "An approval at another dose than requested is 'approve-modified'.");
                break;

            case DecisionOutcome.ApproveModified:
                if (decision.ApprovedDailyDoseMg is not { } modified)
                    errors.Add("approvedDailyDoseMg", "A modified approval names the approved daily dose.");
                else if (modified <= 0)
                    errors.Add("approvedDailyDoseMg", "The approved daily dose must be a positive number.");
                else if (modified >= requestedDailyDoseMg)
                    errors.Add("approvedDailyDoseMg", $"A modified approval is below the requested {requestedDailyDoseMg} mg/day.");
                if (string.IsNullOrWhiteSpace(decision.Rationale))
                    errors.Add("rationale", "A modified approval says why the dose was lowered.");
                break;

            case DecisionOutcome.Deny:
                if (string.IsNullOrWhiteSpace(decision.ReasonCode))
                    errors.Add("reasonCode", "A denial needs a reason code.");
                else if (!DenialReasons.IsKnown(decision.ReasonCode))
                    errors.Add("reasonCode", $"Unknown reason code; one of: {string.Join(", ", DenialReasons.All.Order(StringComparer.Ordinal))}.");
                if (string.IsNullOrWhiteSpace(decision.Rationale))
                    errors.Add("rationale", "A denial needs a rationale.");
                break;

            case DecisionOutcome.RequestInformation:
                if (decision.Questions is not { Count: > 0 } || decision.Questions.Any(string.IsNullOrWhiteSpace))
                    errors.Add("questions", "Ask at least one question, none of them empty.");
                break;

            default:
                errors.Add("outcome", "Unknown outcome.");
                break;
        }

        errors.OptionalText("rationale", decision.Rationale);
        if (decision.Questions?.All(TextRules.FitsLength) == false)
            errors.Add("questions", $"Each question has at most {TextRules.MaxLength} characters.");
        return errors;
    }

    /// <summary>The dose the prescriber may prescribe once approved.</summary>
    public static decimal ApprovedDose(ReviewDecision decision, decimal requestedDailyDoseMg) =>
        decision.Outcome == DecisionOutcome.ApproveModified ? decision.ApprovedDailyDoseMg!.Value : requestedDailyDoseMg;
}

using Approvals.Contracts;

namespace Approvals.Domain.Cases;

/// <summary>
/// What a valid decision or opinion body is on a given round, field by field (a 400 names each field at fault).
/// Whether the body may go ahead on the round is <see cref="ReviewGuards"/>' question.
/// </summary>
public static class ReviewBodies
{
    /// <summary>The body's own rules, with what the round adds: a renewal asks no questions, a window within the maximum.</summary>
    public static ValidationErrors CheckDecision(ReviewRound round, DecideReview command, CaseTerms terms)
    {
        var errors = CheckOutcome(round, command);
        var outcome = command.Decision.Outcome;
        if (command.ValidUntil is { } until)
        {
            var windowStartsAt = round.ValidityStartsAt ?? command.DecidedAt;
            if (!ReviewGuards.IsApproval(outcome))
                errors.Add("validUntil", "Only an approval has a validity.");
            else if (!terms.Approval.AllowsWindow(windowStartsAt, until))
                errors.Add("validUntil", $"After {windowStartsAt:u} and at most {terms.Approval.MaxValidity.TotalDays:0.##} days after it.");
        }

        if (command.ExpertOpinionWaivedBecause is { } waiver)
        {
            if (!ReviewGuards.IsApproval(outcome))
                errors.Add(ReviewGuards.WaiverField, "Only an approval can go ahead without an expert opinion.");
            else if (waiver.Trim().Length < ReviewGuards.MinWaiverLength)
                errors.Add(ReviewGuards.WaiverField, $"State the reason in at least {ReviewGuards.MinWaiverLength} characters.");
            else
                errors.OptionalText(ReviewGuards.WaiverField, waiver);
        }

        foreach (var (field, messages) in DecisionRules.Check(command.Decision, round.DailyDoseMg).ToDictionary())
            foreach (var message in messages)
                errors.Add(field, message);
        return errors;
    }

    /// <summary>What the round itself allows, whoever checked the body: a renewal asks no questions.</summary>
    public static ValidationErrors CheckOutcome(ReviewRound round, DecideReview command)
    {
        var errors = new ValidationErrors();
        if (round.Kind == ReviewKind.Renewal && command.Decision.Outcome == DecisionOutcome.RequestInformation)
            errors.Add("outcome", "A renewal is decided on the reported follow-ups: approve, approve-modified or deny.");
        return errors;
    }

    public static ValidationErrors CheckOpinion(GiveOpinion command, decimal requestedDailyDoseMg)
    {
        var errors = new ValidationErrors();
        switch (command.Recommendation)
        {
            case null:
                errors.Add("recommendation", "Required: approve or deny.");
                break;
            case OpinionRecommendation.Approve when command.SupportedDailyDoseMg is null:
                errors.Add("supportedDailyDoseMg", "Required with approve: the highest daily dose you support.");
                break;
            case OpinionRecommendation.Approve when command.SupportedDailyDoseMg <= 0:
                errors.Add("supportedDailyDoseMg", "A positive number.");
                break;
            case OpinionRecommendation.Approve when command.SupportedDailyDoseMg > requestedDailyDoseMg:
                errors.Add("supportedDailyDoseMg", $"At most the requested {requestedDailyDoseMg} mg/day.");
                break;
            case OpinionRecommendation.Deny when command.SupportedDailyDoseMg is not null:
                // A dose "supported" by a denial would be a recommendation to approve it: say so with approve.
                errors.Add("supportedDailyDoseMg", "Only an opinion recommending approval supports a dose.");
                break;
        }

        errors.RequiredText("rationale", command.Rationale, "Required: the reasons for your opinion.");
        return errors;
    }
}

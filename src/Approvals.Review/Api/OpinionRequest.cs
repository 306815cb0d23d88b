using System.ComponentModel.DataAnnotations;
using Approvals.Contracts;
using Approvals.Domain;
using Approvals.Review.Collegial;

namespace Approvals.Review.Api;

/// <summary>Body of <c>POST /api/v1/reviews/{id}/opinions</c>; every member optional so a missing one is named, not guessed.</summary>
public sealed record OpinionRequest(
    [property: Required] OpinionRecommendation? Recommendation,
    [property: Required] string? Rationale,
    decimal? SupportedDailyDoseMg = null)
{
    public Opinion? Validate(string specialistId, decimal requestedDailyDoseMg, ValidationErrors errors)
    {
        switch (Recommendation)
        {
            case null:
                errors.Add("recommendation", "Required: approve or deny.");
                break;
            case OpinionRecommendation.Approve when SupportedDailyDoseMg is null:
                errors.Add("supportedDailyDoseMg", "Required with approve: the highest daily dose you support.");
                break;
            case OpinionRecommendation.Approve when SupportedDailyDoseMg <= 0:
                errors.Add("supportedDailyDoseMg", "A positive number.");
                break;
            case OpinionRecommendation.Approve when SupportedDailyDoseMg > requestedDailyDoseMg:
                errors.Add("supportedDailyDoseMg", $"At most the requested {requestedDailyDoseMg} mg/day.");
                break;
            case OpinionRecommendation.Deny when SupportedDailyDoseMg is not null:
                // A dose "supported" by a denial would be a recommendation to approve it: say so with approve.
                errors.Add("supportedDailyDoseMg", "Only an opinion recommending approval supports a dose.");
                break;
        }

        errors.RequiredText("rationale", Rationale, "Required: the reasons for your opinion.");

        return errors.IsEmpty ? new Opinion(specialistId, Recommendation!.Value, SupportedDailyDoseMg) : null;
    }
}

using Approvals.ApiClient;

namespace Approvals.Web.Components.Pages.Specialist;

/// <summary>Whether a review waits for this specialist's opinion: open, asking for opinions, not theirs, not yet given by them.</summary>
public static class OpinionAwaited
{
    public static bool From(ReviewView review, string specialistId) =>
        review.Status == "open"
        && review.Requirement.Level != "single"
        && review.PrescriberId != specialistId
        && review.Opinions.All(o => o.SpecialistId != specialistId)
        && review.Decision is null;
}

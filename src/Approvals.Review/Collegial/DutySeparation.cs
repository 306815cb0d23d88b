namespace Approvals.Review.Collegial;

/// <summary>
/// On one review round a person is its reviewer or one of its specialists, never both. Whoever gave an opinion does
/// not decide the round (any outcome: the opinions are weighed by someone who gave none), and whoever decided it or
/// asked the prescriber for information does not give an opinion on it. Without this, a user holding both roles would
/// count towards the quorum of the decision they take themselves.
/// </summary>
public static class DutySeparation
{
    public const string DeciderGaveOpinion = "deciderGaveOpinion";
    public const string OpinionFromReviewer = "opinionFromReviewer";

    public static ApprovalRefusal? CheckDecider(string deciderId, IEnumerable<Opinion> opinions) =>
        opinions.Any(o => string.Equals(o.SpecialistId, deciderId, StringComparison.Ordinal))
            ? new ApprovalRefusal(409, DeciderGaveOpinion,
                "You gave an opinion on this review; another reviewer, who gave none, must decide it.",
                Title: "You cannot decide a review you gave an opinion on.")
            : null;

    /// <param name="reviewers">Who decided the round or asked the prescriber for information in it.</param>
    public static ApprovalRefusal? CheckSpecialist(string specialistId, IEnumerable<string> reviewers) =>
        reviewers.Contains(specialistId, StringComparer.Ordinal)
            ? new ApprovalRefusal(409, OpinionFromReviewer,
                "You acted as this review's reviewer; the opinions must come from specialists other than the reviewer.",
                Title: "You cannot give an opinion on a review you act on as reviewer.")
            : null;
}

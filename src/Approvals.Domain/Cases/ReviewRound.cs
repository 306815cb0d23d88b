using Approvals.Contracts;

namespace Approvals.Domain.Cases;

/// <summary>One specialist's opinion as the approval rules weigh it.</summary>
public sealed record Opinion(string SpecialistId, OpinionRecommendation Recommendation, decimal? SupportedDailyDoseMg);

/// <summary>
/// One review round: the initial review, then each renewal review. It holds what the round's guards weigh (its
/// requirement, opinions, who acted on it as reviewer) and its clock, which stops while the prescriber is asked.
/// The review service holds the same round; it can build this record from its row and run the same guards.
/// </summary>
/// <param name="DailyDoseMg">The dose under review: the requested one, or for a renewal the one approved now.</param>
/// <param name="ValidityStartsAt">Where an approved window starts: null for the initial review (at the decision), the
/// current window's end for a renewal.</param>
public sealed record ReviewRound(
    Guid ReviewId, ReviewKind Kind, ReviewRequirement Requirement, decimal DailyDoseMg, DateTimeOffset OpenedAt, DateTimeOffset DueAt,
    DateTimeOffset? ValidityStartsAt)
{
    public ReviewStatus Status { get; init; } = ReviewStatus.Open;

    /// <summary>Set while the clock is stopped for the prescriber's answer.</summary>
    public DateTimeOffset? PausedAt { get; init; }

    /// <summary>When an unanswered question lapses the request; set while one is open.</summary>
    public DateTimeOffset? AnswerDueAt { get; init; }

    /// <summary>Total time the clock stood still; <see cref="DueAt"/> already includes it.</summary>
    public TimeSpan Paused { get; init; }

    /// <summary>The round passed its deadline undecided (set once; a flag, not a state).</summary>
    public bool Overdue { get; init; }

    public IReadOnlyList<Opinion> Opinions { get; init; } = [];

    /// <summary>Who decided the round or asked the prescriber for information in it: they give no opinion on it.</summary>
    public IReadOnlyList<string> Reviewers { get; init; } = [];

    /// <summary>Reviewers are reminded when 80% of the running clock has passed (time paused does not count).</summary>
    public DateTimeOffset ReminderAt => OpenedAt + Paused + (DueAt - Paused - OpenedAt) * 0.8;
}

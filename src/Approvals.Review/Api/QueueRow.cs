using Approvals.Contracts;
using Approvals.Domain.Cases;
using Approvals.Review.Persistence;

namespace Approvals.Review.Api;

/// <summary>
/// What the queue shows of one review, read as the columns it needs: a first page of 200 no longer materialises 200
/// whole reviews (signatures, questions, the case's free text) only to drop most of each.
/// </summary>
/// <param name="HasJustification">Whether the case content is whole: a review shows its patient only then, as <see cref="ReviewItem.Case"/>.</param>
internal sealed record QueueRow(
    Guid Id, Guid RequestId, ReviewKind Kind, ReviewStatus Status, Urgency Urgency, DateTimeOffset DueAt, bool Overdue, string ProtocolId,
    decimal DailyDoseMg, ReviewLevel RequiredReview, int RequiredSpecialists, string PrescriberId, string? DecidedBy, string? PatientPseudonym,
    int? PatientBirthYear, Sex? PatientSex, string? Indication, bool HasJustification, string? ClaimedBy, string? ClaimedByName,
    DateTimeOffset? ClaimedAt, List<Opinion> Opinions)
{
    public static IQueryable<QueueRow> Of(IQueryable<ReviewItem> reviews) => reviews.Select(r => new QueueRow(
        r.Id, r.RequestId, r.Kind, r.Status, r.Urgency, r.DueAt, r.Overdue, r.ProtocolId, r.DailyDoseMg, r.RequiredReview, r.RequiredSpecialists,
        r.PrescriberId, r.DecidedBy, r.PatientPseudonym, r.PatientBirthYear, r.PatientSex, r.Indication, r.Justification != null,
        r.ClaimedBy, r.ClaimedByName, r.ClaimedAt,
        r.Opinions.Select(o => new Opinion(o.SpecialistId, o.Recommendation, o.SupportedDailyDoseMg)).ToList()));

    public ReviewRequirement Requirement => new(RequiredReview, RequiredSpecialists);

    /// <summary>The standing as <see cref="Collegial.ReviewRounds.StandingOf"/> shows it with the whole review.</summary>
    public OpinionStanding Standing => OpinionStanding.Of(Requirement, PrescriberId, Opinions, DecidedBy);

    public PatientDescriptor? Patient =>
        (PatientPseudonym, PatientBirthYear, PatientSex, Indication, HasJustification) is ({ } pseudonym, { } birthYear, { } sex, not null, true)
            ? new PatientDescriptor(pseudonym, birthYear, sex)
            : null;
}

using Approvals.Contracts;
using Approvals.Domain.Cases;
using Approvals.Review.Persistence;
using Microsoft.EntityFrameworkCore;

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
    DateTimeOffset? ClaimedAt)
{
    /// <summary>The round's opinions; read only for collegial reviews (<see cref="WithOpinionsAsync"/>), the only ones they count for.</summary>
    public IReadOnlyList<Opinion> Opinions { get; private set; } = [];

    /// <summary>
    /// The rows alone, without their opinions: projecting the opinions as a collection joined the page to them and built
    /// each row through EF's collection shaper (a delegate made per row), most of a first page's CPU for none of its data.
    /// </summary>
    public static IQueryable<QueueRow> Of(IQueryable<ReviewItem> reviews) => reviews.Select(r => new QueueRow(
        r.Id, r.RequestId, r.Kind, r.Status, r.Urgency, r.DueAt, r.Overdue, r.ProtocolId, r.DailyDoseMg, r.RequiredReview, r.RequiredSpecialists,
        r.PrescriberId, r.DecidedBy, r.PatientPseudonym, r.PatientBirthYear, r.PatientSex, r.Indication, r.Justification != null,
        r.ClaimedBy, r.ClaimedByName, r.ClaimedAt));

    /// <summary>
    /// Reads the opinions of the page's collegial reviews in one query by their ids. Other reviews need no specialist
    /// (<see cref="OpinionStanding.RequiredSpecialists"/>), so their standing is the same whatever opinions they hold.
    /// </summary>
    public static async Task<List<QueueRow>> WithOpinionsAsync(List<QueueRow> rows, ReviewDbContext db, CancellationToken cancellationToken)
    {
        var collegial = rows.Where(r => r.RequiredReview == ReviewLevel.Collegial).Select(r => r.Id).ToList();
        if (collegial.Count == 0)
            return rows;

        var opinions = (await db.Set<ReviewOpinion>().AsNoTracking().Where(o => collegial.Contains(o.ReviewId))
                .Select(o => new { o.ReviewId, Opinion = new Opinion(o.SpecialistId, o.Recommendation, o.SupportedDailyDoseMg) })
                .ToListAsync(cancellationToken))
            .ToLookup(o => o.ReviewId, o => o.Opinion);
        foreach (var row in rows)
            row.Opinions = [.. opinions[row.Id]];
        return rows;
    }

    public ReviewRequirement Requirement => new(RequiredReview, RequiredSpecialists);

    /// <summary>The standing as <see cref="Collegial.ReviewRounds.StandingOf"/> shows it with the whole review.</summary>
    public OpinionStanding Standing => OpinionStanding.Of(Requirement, PrescriberId, Opinions, DecidedBy);

    public PatientDescriptor? Patient =>
        (PatientPseudonym, PatientBirthYear, PatientSex, Indication, HasJustification) is ({ } pseudonym, { } birthYear, { } sex, not null, true)
            ? new PatientDescriptor(pseudonym, birthYear, sex)
            : null;
}

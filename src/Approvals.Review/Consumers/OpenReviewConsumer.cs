using Approvals.Contracts;
using Approvals.Domain.Cases;
using Approvals.Review.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Review.Consumers;

/// <summary>
/// Puts a request into the reviewers' queue with the review its protocol requires (one reviewer when the command names
/// none) and the case the reviewer reads to decide; a repeated command finds the review already there. The request's
/// prescriber and protocol version join the service's view of it, for the safety actions on its approval.
/// </summary>
public sealed class OpenReviewConsumer(ReviewDbContext db) : IConsumer<OpenReview>
{
    public async Task Consume(ConsumeContext<OpenReview> context)
    {
        var m = context.Message;
        if (await db.Reviews.AnyAsync(r => r.Id == m.ReviewId, context.CancellationToken))
            return;

        db.Reviews.Add(new ReviewItem
        {
            Id = m.ReviewId,
            RequestId = m.RequestId,
            Kind = m.Kind,
            Status = ReviewStatus.Open,
            PrescriberId = m.PrescriberId,
            ProtocolId = m.ProtocolId,
            ProtocolVersion = m.ProtocolVersion,
            DailyDoseMg = m.DailyDoseMg,
            Urgency = m.Urgency,
            OpenedAt = m.OpenedAt,
            DueAt = m.DueAt,
            ValidityStartsAt = m.ValidityStartsAt,
            MaxValidity = m.MaxValidity,
            RequiredReview = m.Requirement?.Level ?? ReviewLevel.Single,
            RequiredSpecialists = m.Requirement is { } requirement ? OpinionStanding.RequiredSpecialists(requirement) : 0,
            PatientPseudonym = m.Case?.Patient.Pseudonym,
            PatientBirthYear = m.Case?.Patient.BirthYear,
            PatientSex = m.Case?.Patient.Sex,
            Indication = m.Case?.Indication,
            Justification = m.Case?.Justification,
            PriorTreatments = [.. m.Case?.PriorTreatments ?? []],
            PatientConsent = m.Case?.PatientConsent,
            RenewalNotes = m.RenewalNotes,
            LatestFollowUp = m.LatestFollowUp,
            Version = 1,
        });
        await RecordPrescriptionAsync(m, context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
    }

    /// <summary>
    /// The first review of a request names its prescriber. The view's status comes from the workflow's timeline; until
    /// its first entry arrives, the review's opening is all that is known.
    /// </summary>
    async Task RecordPrescriptionAsync(OpenReview m, CancellationToken cancellationToken)
    {
        var approval = await db.Approvals.FindAsync([m.RequestId], cancellationToken);
        if (approval is null)
        {
            approval = new ApprovalRecord
            {
                RequestId = m.RequestId,
                Status = m.Kind == ReviewKind.Renewal ? RequestStatus.Approved : RequestStatus.UnderReview,
                RenewalStatus = m.Kind == ReviewKind.Renewal ? RenewalStatus.UnderReview : null,
            };
            db.Approvals.Add(approval);
        }

        if (approval.PrescriberId is not null)
            return;
        approval.PrescriberId = m.PrescriberId;
        approval.ProtocolId = m.ProtocolId;
        approval.ProtocolVersion = m.ProtocolVersion;
    }
}

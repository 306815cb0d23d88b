using Approvals.Audit.Chain;
using Approvals.Contracts;

namespace Approvals.Audit.Recording.Translations;

/// <summary>
/// A reviewer's advisory claim on a review round: the values are who holds it before and after, so a take-over reads
/// as one reviewer replacing another. A claim changes no signed version of the review, hence no entity version.
/// </summary>
public sealed class ClaimTranslation : IAuditTranslation<ReviewClaimed>
{
    public ValueTask<AuditDraft> TranslateAsync(ReviewClaimed m, IAuditTrailReader trail, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new AuditDraft(
            m.At, m.ReviewerId, m.ReviewerName, ActorRoles.Reviewer, AuditActions.ReviewClaimed,
            AuditEntities.Review, m.ReviewId.ToString("D"), EntityVersion: null, m.RequestId,
            m.TakenOverFrom is { } previous ? AuditJson.Write(new { claimedBy = previous }) : null,
            AuditJson.Write(new { claimedBy = m.ReviewerId }),
            m.TakenOverFrom is { } from ? $"Taken over from {from}." : null));
}

/// <summary>The holder let the claim go: the review is back with every reviewer.</summary>
public sealed class ReleaseTranslation : IAuditTranslation<ReviewReleased>
{
    public ValueTask<AuditDraft> TranslateAsync(ReviewReleased m, IAuditTrailReader trail, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new AuditDraft(
            m.At, m.ReviewerId, m.ReviewerName, ActorRoles.Reviewer, AuditActions.ReviewReleased,
            AuditEntities.Review, m.ReviewId.ToString("D"), EntityVersion: null, m.RequestId,
            AuditJson.Write(new { claimedBy = m.ReviewerId }),
            AuditJson.Write(new { claimedBy = (string?)null }),
            Reason: null));
}

using Approvals.Audit.Chain;
using Approvals.Contracts;

namespace Approvals.Audit.Recording.Translations;

/// <summary>The reviewer's decision as the review service recorded it, whether or not the workflow could still act on it.</summary>
public sealed class DecisionTranslation : IAuditTranslation<ReviewDecided>
{
    public ValueTask<AuditDraft> TranslateAsync(ReviewDecided m, IAuditTrailReader trail, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new AuditDraft(
            m.DecidedAt, m.ReviewerId, m.ReviewerName, ActorRoles.Reviewer, AuditActions.DecisionRecorded,
            AuditEntities.Review, m.ReviewId.ToString("D"), EntityVersion: null, m.RequestId,
            OldValues: null,
            AuditJson.Write(new { m.Outcome, m.ApprovedDailyDoseMg, m.ReasonCode, m.Rationale, m.ValidUntil, m.ProtocolVersion, m.Signature,
                m.ExpertOpinionWaivedBecause }),
            m.Rationale));
}

public sealed class GrantTranslation : IAuditTranslation<ApprovalGranted>
{
    public ValueTask<AuditDraft> TranslateAsync(ApprovalGranted m, IAuditTrailReader trail, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new AuditDraft(
            m.GrantedAt, m.ReviewerId, m.ReviewerName, ActorRoles.Reviewer, AuditActions.ApprovalGranted,
            AuditEntities.Request, m.RequestId.ToString("D"), EntityVersion: null, m.RequestId,
            OldValues: null,
            AuditJson.Write(new { m.ApprovedDailyDoseMg, m.Modified }),
            Reason: null));
}

public sealed class DenialTranslation : IAuditTranslation<ApprovalDenied>
{
    public ValueTask<AuditDraft> TranslateAsync(ApprovalDenied m, IAuditTrailReader trail, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new AuditDraft(
            m.DeniedAt, m.ReviewerId, m.ReviewerName, ActorRoles.Reviewer, AuditActions.ApprovalDenied,
            AuditEntities.Request, m.RequestId.ToString("D"), EntityVersion: null, m.RequestId,
            OldValues: null,
            AuditJson.Write(new { m.ReasonCode }),
            m.Rationale));
}

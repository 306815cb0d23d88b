using Approvals.Audit.Chain;
using Approvals.Contracts;
using Approvals.Http;

namespace Approvals.Audit.Recording.Translations;

/// <summary>A specialist's signed opinion, on the review version that holds it.</summary>
public sealed class OpinionTranslation : IAuditTranslation<OpinionRecorded>
{
    public ValueTask<AuditDraft> TranslateAsync(OpinionRecorded m, IAuditTrailReader trail, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new AuditDraft(
            m.RecordedAt, m.SpecialistId, m.SpecialistName, Roles.Specialist, AuditActions.OpinionRecorded,
            AuditEntities.Review, m.ReviewId.ToString("D"), m.ReviewVersion, m.RequestId,
            OldValues: null,
            AuditJson.Write(new { m.OpinionId, m.Recommendation, m.SupportedDailyDoseMg, m.Rationale, m.Signature }),
            m.Rationale));
}

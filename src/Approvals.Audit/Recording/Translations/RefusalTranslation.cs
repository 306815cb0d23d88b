using Approvals.Audit.Chain;
using Approvals.Contracts;

namespace Approvals.Audit.Recording.Translations;

/// <summary>
/// A refused attempt: who tried what, the answer they got, and why; refused at once by an API, or by the workflow
/// when an accepted step reached it too late (a void decision, a withdrawal after the decision, a crossed safety order).
/// </summary>
public sealed class RefusalTranslation : IAuditTranslation<AttemptRefused>
{
    public ValueTask<AuditDraft> TranslateAsync(AttemptRefused m, IAuditTrailReader trail, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new AuditDraft(
            m.At, m.ActorId, m.ActorName, m.ActorRole, AuditActions.Refused(m.Action),
            m.ReviewId is null ? AuditEntities.Request : AuditEntities.Review, (m.ReviewId ?? m.RequestId).ToString("D"),
            EntityVersion: null, m.RequestId,
            OldValues: null,
            AuditJson.Write(new { m.Status }),
            m.Reason));
}

using Approvals.Audit.Chain;
using Approvals.Contracts;

namespace Approvals.Audit.Recording.Translations;

public sealed class InformationRequestTranslation : IAuditTranslation<InformationRequested>
{
    public ValueTask<AuditDraft> TranslateAsync(InformationRequested m, IAuditTrailReader trail, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new AuditDraft(
            m.RequestedAt, m.ReviewerId, m.ReviewerName, ActorRoles.Reviewer, AuditActions.InformationRequested,
            AuditEntities.Review, m.ReviewId.ToString("D"), EntityVersion: null, m.RequestId,
            OldValues: null,
            AuditJson.Write(new { m.Questions, m.Signature }),
            Reason: null));
}

public sealed class InformationAnswerTranslation : IAuditTranslation<InformationProvided>
{
    public ValueTask<AuditDraft> TranslateAsync(InformationProvided m, IAuditTrailReader trail, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new AuditDraft(
            m.ProvidedAt, m.PrescriberId, m.PrescriberName, ActorRoles.Prescriber, AuditActions.InformationProvided,
            AuditEntities.Request, m.RequestId.ToString("D"), EntityVersion: null, m.RequestId,
            OldValues: null,
            AuditJson.Write(new { m.Text }),
            Reason: null));
}

using Approvals.Audit.Chain;
using Approvals.Contracts;

namespace Approvals.Audit.Recording.Translations;

/// <summary>The prescriber asked to withdraw; the timeline shows whether the request was still open to it.</summary>
public sealed class WithdrawalTranslation : IAuditTranslation<RequestWithdrawn>
{
    public ValueTask<AuditDraft> TranslateAsync(RequestWithdrawn m, IAuditTrailReader trail, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new AuditDraft(
            m.WithdrawnAt, m.PrescriberId, m.PrescriberName, ActorRoles.Prescriber, AuditActions.WithdrawalRequested,
            AuditEntities.Request, m.RequestId.ToString("D"), EntityVersion: null, m.RequestId,
            OldValues: null, NewValues: null, m.Reason));
}

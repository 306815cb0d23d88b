using Approvals.Audit.Chain;
using Approvals.Contracts;

namespace Approvals.Audit.Recording.Translations;

/// <summary>A follow-up report with its findings: a new record, so only new values.</summary>
public sealed class FollowUpTranslation : IAuditTranslation<FollowUpReported>
{
    public ValueTask<AuditDraft> TranslateAsync(FollowUpReported m, IAuditTrailReader trail, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new AuditDraft(
            m.ReportedAt, m.PrescriberId, m.PrescriberName, ActorRoles.Prescriber, AuditActions.FollowUpReported,
            AuditEntities.FollowUp, m.FollowUpId.ToString("D"), EntityVersion: null, m.RequestId,
            OldValues: null,
            AuditJson.Write(new { m.Date, m.Findings }),
            Reason: null));
}

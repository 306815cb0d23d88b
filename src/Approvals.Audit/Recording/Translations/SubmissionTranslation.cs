using Approvals.Audit.Chain;
using Approvals.Contracts;

namespace Approvals.Audit.Recording.Translations;

/// <summary>What the prescriber submitted, as the values the request was created with.</summary>
public sealed record SubmissionValues(
    string ProtocolId, int ProtocolVersion, PatientDescriptor Patient, decimal DailyDoseMg, Urgency Urgency, string Indication,
    string Justification, IReadOnlyList<string> PriorTreatments);

public sealed class SubmissionTranslation : IAuditTranslation<ApprovalRequested>
{
    public ValueTask<AuditDraft> TranslateAsync(ApprovalRequested m, IAuditTrailReader trail, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new AuditDraft(
            m.SubmittedAt, m.PrescriberId, m.PrescriberName, ActorRoles.Prescriber, AuditActions.SubmissionRecorded,
            AuditEntities.Request, m.RequestId.ToString("D"), EntityVersion: null, m.RequestId,
            OldValues: null,
            AuditJson.Write(new SubmissionValues(m.ProtocolId, m.ProtocolVersion, m.Patient, m.DailyDoseMg, m.Urgency, m.Indication,
                m.Justification, m.PriorTreatments)),
            Reason: null));
}

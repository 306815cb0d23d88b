namespace Approvals.Contracts;

/// <summary>Intake accepted a prescriber's submission.</summary>
public sealed record ApprovalRequested(
    Guid RequestId,
    string PrescriberId,
    string ProtocolId,
    int ProtocolVersion,
    PatientDescriptor Patient,
    decimal DailyDoseMg,
    Urgency Urgency,
    string Indication,
    string Justification,
    IReadOnlyList<string> PriorTreatments,
    DateTimeOffset SubmittedAt);

namespace Approvals.Contracts;

/// <summary>Intake accepted a prescriber's submission; <see cref="Requirement"/> is what its protocol version asks for the dose.</summary>
/// <param name="PrescriberName">Since the audit trail: the prescriber's printed name; null from older senders.</param>
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
    DateTimeOffset SubmittedAt,
    ReviewRequirement? Requirement = null,
    string? PrescriberName = null);

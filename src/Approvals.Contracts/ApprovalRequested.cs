namespace Approvals.Contracts;

/// <summary>Intake accepted a prescriber's submission; <see cref="Requirement"/> is what its protocol version asks for the dose.</summary>
/// <param name="PrescriberName">Since the audit trail: the prescriber's printed name; null from older senders.</param>
/// <param name="PatientConsent">The prescriber attested the patient's informed consent (intake accepts no submission
/// without it); null from older senders.</param>
/// <param name="AutomaticDenial">Set when the protocol version refuses the dose outright (e.g. above its maximum): no review opens.</param>
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
    string? PrescriberName = null,
    AutomaticDenial? AutomaticDenial = null,
    ProtocolTerms? Terms = null,
    bool? PatientConsent = null);

/// <summary>A denial the protocol decides without a reviewer: a coded reason and the rule that applied.</summary>
public sealed record AutomaticDenial(string ReasonCode, string Rationale);

namespace Approvals.Contracts;

/// <summary>
/// The case as the prescriber submitted it: what a reviewer reads to decide. The patient is pseudonymous, never named.
/// The workflow keeps it from <see cref="ApprovalRequested"/> and sends it on each <see cref="OpenReview"/>.
/// </summary>
/// <param name="PatientConsent">The prescriber's attestation that the patient was informed and consented; null from older senders.</param>
public sealed record CaseContent(
    PatientDescriptor Patient,
    string Indication,
    string Justification,
    IReadOnlyList<string> PriorTreatments,
    bool? PatientConsent = null);

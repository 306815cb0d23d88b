namespace Approvals.Contracts;

/// <summary>A pseudonymous patient: never a name, only what the protocol needs.</summary>
public sealed record PatientDescriptor(string Pseudonym, int BirthYear, Sex Sex);

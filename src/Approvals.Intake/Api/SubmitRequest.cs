using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Approvals.Contracts;
using Approvals.Domain;

namespace Approvals.Intake.Api;

public sealed record PatientInput([property: Required] string? Pseudonym, [property: Required] int? BirthYear, [property: Required] Sex? Sex);

/// <summary>
/// Body of <c>POST /api/v1/requests</c>. Members are nullable so that a missing one is named in the answer;
/// <see cref="RequiredAttribute"/> marks those the server refuses to do without, for the API description.
/// </summary>
public sealed partial record SubmitRequest(
    [property: Required] string? ProtocolId,
    [property: Required] PatientInput? Patient,
    [property: Required] decimal? DailyDoseMg,
    [property: Required] Urgency? Urgency,
    [property: Required] string? Indication,
    [property: Required] string? Justification,
    IReadOnlyList<string>? PriorTreatments = null,
    [property: Required] bool? PatientConsent = null)
{
    public const decimal MaxPlausibleDailyDoseMg = 10_000;
    const int MaxPriorTreatments = 50;

    static readonly JsonSerializerOptions CanonicalJson = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// A pseudonym is a code, not a name: letters, digits, '-' or '_', with at least one digit, so that a patient's
    /// name typed by mistake is refused rather than stored.
    /// </summary>
    [GeneratedRegex(@"^(?=.*[0-9])[A-Za-z0-9_-]{6,64}\z")]
    private static partial Regex PseudonymPattern();

    public ValidationErrors Validate(DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        errors.RequiredText("protocolId", ProtocolId, maxLength: 64);
        if (Patient is null)
            errors.Add("patient", "Required: pseudonym, birthYear and sex.");
        else
        {
            if (string.IsNullOrWhiteSpace(Patient.Pseudonym))
                errors.Add("patient.pseudonym", "Required.");
            else if (!PseudonymPattern().IsMatch(Patient.Pseudonym))
                errors.Add("patient.pseudonym", "6 to 64 letters, digits, '-' or '_', with at least one digit; never the patient's name.");
            if (Patient.BirthYear is not { } year)
                errors.Add("patient.birthYear", "Required.");
            else if (year < 1900 || year > now.Year)
                errors.Add("patient.birthYear", $"Between 1900 and {now.Year}.");
            if (Patient.Sex is null)
                errors.Add("patient.sex", "Required: female, male, other or unknown.");
        }

        if (DailyDoseMg is not { } dose)
            errors.Add("dailyDoseMg", "Required.");
        else if (dose <= 0)
            errors.Add("dailyDoseMg", "A positive number of milligrams per day.");
        else if (dose > MaxPlausibleDailyDoseMg)
            errors.Add("dailyDoseMg", $"At most {MaxPlausibleDailyDoseMg} mg/day.");
        if (Urgency is null)
            errors.Add("urgency", "Required: standard or expedited.");
        errors.RequiredText("indication", Indication, maxLength: 200);
        errors.RequiredText("justification", Justification);

        if (PriorTreatments is { } treatments)
        {
            if (treatments.Count > MaxPriorTreatments)
                errors.Add("priorTreatments", $"At most {MaxPriorTreatments} entries.");
            if (treatments.Any(t => string.IsNullOrWhiteSpace(t) || t.Length > 200))
                errors.Add("priorTreatments", "Each entry is a non-empty text of at most 200 characters.");
        }

        if (PatientConsent is not true)
            errors.Add("patientConsent", "The patient must have been informed and consented (true).");
        return errors;
    }

    /// <summary>Hash of the body as understood, so formatting differences in a retry do not count as a different request.</summary>
    public string Fingerprint() =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(this with
        {
            PriorTreatments = PriorTreatments ?? [],
        }, CanonicalJson))));
}

namespace Approvals.Integration.Tests.Load;

/// <summary>Valid submission bodies, each with its own patient, so requests are told apart in logs.</summary>
public static class Prescriptions
{
    public static object Submission(int index) => new
    {
        protocolId = "baclofen-aud",
        patient = new { pseudonym = $"PT-F{index:D5}", birthYear = 1960 + (index % 40), sex = index % 2 == 0 ? "female" : "male" },
        dailyDoseMg = 40,
        urgency = index % 5 == 0 ? "expedited" : "standard",
        indication = "alcohol-dependence",
        justification = "Relapse after acamprosate and naltrexone.",
        priorTreatments = new[] { "acamprosate", "naltrexone" },
        patientConsent = true,
    };

    public static Dictionary<string, string> KeyHeader(string idempotencyKey) => new() { ["Idempotency-Key"] = idempotencyKey };
}

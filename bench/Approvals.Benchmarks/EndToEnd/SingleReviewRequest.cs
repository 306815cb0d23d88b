namespace Approvals.Benchmarks.EndToEnd;

/// <summary>
/// The ~1 KB request the prescriber in the README submits, with the benchmark's padded justification: valid on the
/// shipped protocol, at a dose its single-reviewer tier covers, so one reviewer decides it.
/// </summary>
public static class SingleReviewRequest
{
    public static object Body(string justification) => new
    {
        protocolId = "baclofen-aud",
        patient = new { pseudonym = "PT-0042", birthYear = 1971, sex = "female" },
        dailyDoseMg = 60,
        urgency = "standard",
        indication = "alcohol-dependence",
        justification,
        priorTreatments = new[] { "acamprosate", "naltrexone" },
        patientConsent = true,
    };
}

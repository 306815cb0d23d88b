using System.Text.Json.Nodes;

namespace Approvals.Server.Tests.Infrastructure;

/// <summary>Request bodies as JSON nodes, so a test can drop or spoil exactly one member.</summary>
public static class SubmissionBodies
{
    /// <summary>Shipped in the server's protocols folder; version 3 is in force.</summary>
    public const string ProtocolId = "baclofen-aud";

    public const decimal RequestedDose = 60;

    public static JsonObject Valid(decimal dailyDoseMg = RequestedDose, string urgency = "standard") => new()
    {
        ["protocolId"] = ProtocolId,
        ["patient"] = new JsonObject { ["pseudonym"] = "PT-004211", ["birthYear"] = 1971, ["sex"] = "female" },
        ["dailyDoseMg"] = dailyDoseMg,
        ["urgency"] = urgency,
        ["indication"] = "alcohol-dependence",
        ["justification"] = "Relapsed on naltrexone and acamprosate; hepatic function allows baclofen.",
        ["priorTreatments"] = new JsonArray("naltrexone", "acamprosate"),
        ["patientConsent"] = true,
    };

    /// <summary>A valid body with the member at <paramref name="path"/> (e.g. <c>patient.sex</c>) removed.</summary>
    public static JsonObject Without(string path) => Valid().Without(path);

    /// <summary>A valid body with the member at <paramref name="path"/> set to <paramref name="value"/>.</summary>
    public static JsonObject With(string path, JsonNode? value) => Valid().Set(path, value);
}

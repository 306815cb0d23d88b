using System.Globalization;
using System.Text.Json.Nodes;

namespace Approvals.Server.Demo;

/// <summary>
/// The demonstration protocol: the 2014 baclofen framework's three tiers (one reviewer up to 120 mg/day, an expert
/// opinion recommended up to 180, two specialists' collegial opinion up to 300), under its own id and a title that says
/// it is demonstration data, so it is never mistaken for the shipped <c>baclofen-aud</c>.
/// </summary>
public static class DemoProtocol
{
    public const string Id = "demo-baclofen";
    public const int Version = 1;
    public const decimal SingleDose = 60;
    public const decimal ExpertRecommendedDose = 150;
    public const decimal CollegialDose = 250;

    public static string VersionPath => $"/api/v1/protocols/{Id}/versions/{Version}";

    public static JsonObject Document(DateTimeOffset effectiveFrom) => new()
    {
        ["protocolId"] = Id,
        ["version"] = Version,
        ["effectiveFrom"] = effectiveFrom.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ["title"] = "DEMO DATA: baclofen in alcohol dependence, three review tiers (demonstration only, not for clinical use)",
        ["indications"] = new JsonArray("alcohol-dependence"),
        ["maxDailyDoseMg"] = 300,
        ["doseTiers"] = new JsonArray(
            new JsonObject { ["upToMg"] = 120, ["review"] = "single" },
            new JsonObject { ["upToMg"] = 180, ["review"] = "single-expert-recommended" },
            new JsonObject { ["upToMg"] = 300, ["review"] = "collegial", ["specialists"] = 2 }),
        ["approvalValidity"] = "P180D",
        ["maxApprovalValidity"] = "P365D",
        ["followUpInterval"] = "P31D",
        ["renewalReminders"] = new JsonArray("P30D", "P7D"),
        ["reviewClocks"] = new JsonObject { ["standard"] = "P7D", ["expedited"] = "PT72H" },
        ["informationDeadline"] = "P14D",
        ["taper"] = new JsonObject { ["minStepMg"] = 10, ["maxStepMg"] = 15, ["stepInterval"] = "P2D" },
    };
}

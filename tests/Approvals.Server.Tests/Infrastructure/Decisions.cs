using System.Text.Json.Nodes;

namespace Approvals.Server.Tests.Infrastructure;

/// <summary>Decision bodies a reviewer sends to <c>POST /api/v1/reviews/{id}/decision</c>.</summary>
public static class Decisions
{
    public static JsonObject Approve() => new() { ["outcome"] = "approve", ["rationale"] = "Within protocol." };

    public static JsonObject ApproveModified(decimal dose) => new()
    {
        ["outcome"] = "approve-modified",
        ["approvedDailyDoseMg"] = dose,
        ["rationale"] = "Start lower and titrate.",
    };

    public static JsonObject Deny(string reasonCode = "INSUFFICIENT_EVIDENCE") => new()
    {
        ["outcome"] = "deny",
        ["reasonCode"] = reasonCode,
        ["rationale"] = "No documented failure of first-line treatment.",
    };

    public static JsonObject RequestInformation(params string[] questions) => new()
    {
        ["outcome"] = "request-information",
        ["questions"] = new JsonArray([.. questions.Select(q => JsonValue.Create(q))]),
    };
}

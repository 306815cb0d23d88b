using System.Globalization;
using System.Text.Json.Nodes;
using Approvals.Domain.Protocols;

namespace Approvals.Domain.Tests.Protocols;

/// <summary>The shipped documents, and valid documents as JSON so that a test can spoil exactly one member.</summary>
public static class ProtocolDocuments
{
    public const string V1File = "baclofen-aud.v1.json";
    public const string V3File = "baclofen-aud.v3.json";

    public static ProtocolVersion V1 { get; } = Version(Shipped(V1File));
    public static ProtocolVersion V3 { get; } = Version(Shipped(V3File));

    public static string Shipped(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "protocols", file));

    /// <summary>A valid document shaped like the shipped version 1 (three tiers, the last collegial).</summary>
    public static JsonObject Valid() => JsonNode.Parse(Shipped(V1File))!.AsObject();

    /// <summary>A valid document with the member at <paramref name="path"/> (e.g. <c>doseTiers[2].specialists</c>) set.</summary>
    public static JsonObject With(string path, JsonNode? value) => Valid().Set(path, value);

    /// <summary>A valid document without the member at <paramref name="path"/>.</summary>
    public static JsonObject Without(string path) => Valid().Without(path);

    /// <summary>A version of <paramref name="protocolId"/> built from a valid document, for catalog tests.</summary>
    public static ProtocolVersion Version(string protocolId, int version, string effectiveFrom, decimal? maxDailyDoseMg = null)
    {
        var document = Valid().Set("protocolId", protocolId).Set("version", version).Set("effectiveFrom", effectiveFrom);
        if (maxDailyDoseMg is { } cap)
            document.Set("maxDailyDoseMg", cap).Set("doseTiers", new JsonArray(new JsonObject { ["upToMg"] = cap, ["review"] = "single" }));
        return Version(document.ToJsonString());
    }

    public static ProtocolVersion Version(string json)
    {
        var validation = ProtocolValidator.Validate(ProtocolJson.Parse(json));
        Assert.True(validation.IsValid, string.Join("; ", validation.Errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        return validation.Version!;
    }

    public static ProtocolValidation Validate(JsonNode document) => ProtocolValidator.Validate(ProtocolJson.Parse(document.ToJsonString()));

    public static DateTimeOffset At(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture);
}

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

    public static JsonObject Without(string path)
    {
        var document = Valid();
        var (parent, name) = Locate(document, path);
        parent.AsObject().Remove(name);
        return document;
    }

    public static JsonObject Set(this JsonObject document, string path, JsonNode? value)
    {
        var (parent, name) = Locate(document, path);
        if (parent is JsonArray array)
            array[int.Parse(name, CultureInfo.InvariantCulture)] = value;
        else
            parent[name] = value;
        return document;
    }

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

    /// <summary><c>a.b[2].c</c>: the parent of the last member and the last member's name (an index for arrays).</summary>
    static (JsonNode Parent, string Name) Locate(JsonObject document, string path)
    {
        var parts = path.Replace("[", ".", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Split('.');
        JsonNode parent = document;
        foreach (var part in parts[..^1])
            parent = parent is JsonArray array ? array[int.Parse(part, CultureInfo.InvariantCulture)]! : parent[part]!;
        return (parent, parts[^1]);
    }
}

using System.Globalization;
using System.Text.Json.Nodes;

namespace Approvals.Testing;

/// <summary>
/// One member of a JSON document changed in place by its path, <c>patient.sex</c> or <c>doseTiers[2].specialists</c>:
/// how tests spoil exactly one member of an otherwise valid document.
/// </summary>
public static class JsonPaths
{
    /// <summary>Sets the member (or array element) at <paramref name="path"/>; returns the document for chaining.</summary>
    public static JsonObject Set(this JsonObject document, string path, JsonNode? value)
    {
        var (parent, name) = Locate(document, path);
        if (parent is JsonArray array)
            array[int.Parse(name, CultureInfo.InvariantCulture)] = value;
        else
            parent[name] = value;
        return document;
    }

    /// <summary>Removes the member at <paramref name="path"/>; returns the document for chaining.</summary>
    public static JsonObject Without(this JsonObject document, string path)
    {
        var (parent, name) = Locate(document, path);
        parent.AsObject().Remove(name);
        return document;
    }

    /// <summary>The parent of the last member and the last member's name (an index for arrays).</summary>
    static (JsonNode Parent, string Name) Locate(JsonObject document, string path)
    {
        var parts = path.Replace("[", ".", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Split('.');
        JsonNode parent = document;
        foreach (var part in parts[..^1])
            parent = parent is JsonArray array ? array[int.Parse(part, CultureInfo.InvariantCulture)]! : parent[part]!;
        return (parent, parts[^1]);
    }
}

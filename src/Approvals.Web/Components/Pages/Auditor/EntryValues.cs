using System.Globalization;
using System.Text.Json;

namespace Approvals.Web.Components.Pages.Auditor;

/// <summary>
/// An entry's old and new values side by side: each JSON object flattened to one row per leaf, named by its path
/// (<c>decision.dailyDoseMg</c>, <c>doseTiers[1].upToMg</c>), in the order the new values give them, then those only
/// the old values have.
/// </summary>
public static class EntryValues
{
    public sealed record Row(string Path, string? Old, string? New)
    {
        public bool Changed => !string.Equals(Old, New, StringComparison.Ordinal);
    }

    public static IReadOnlyList<Row> Compare(JsonElement? oldValues, JsonElement? newValues)
    {
        var old = Flatten(oldValues);
        var @new = Flatten(newValues);
        var paths = @new.Keys.Concat(old.Keys.Where(p => !@new.ContainsKey(p)));
        return [.. paths.Select(p => new Row(p, old.GetValueOrDefault(p), @new.GetValueOrDefault(p)))];
    }

    static Dictionary<string, string?> Flatten(JsonElement? root)
    {
        var leaves = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (root is { } element)
            Visit(element, "", leaves);
        return leaves;
    }

    static void Visit(JsonElement element, string path, Dictionary<string, string?> leaves)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object when element.EnumerateObject().Any():
                foreach (var member in element.EnumerateObject())
                    Visit(member.Value, path.Length == 0 ? member.Name : $"{path}.{member.Name}", leaves);
                break;
            case JsonValueKind.Array when element.GetArrayLength() > 0:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    Visit(item, $"{path}[{(index++).ToString(CultureInfo.InvariantCulture)}]", leaves);
                break;
            case JsonValueKind.String:
                leaves[Name(path)] = element.GetString();
                break;
            case JsonValueKind.Null or JsonValueKind.Undefined:
                leaves[Name(path)] = null;
                break;
            default:
                // Numbers, booleans and empty containers as the JSON writes them: 120, true, [], {}.
                leaves[Name(path)] = element.GetRawText();
                break;
        }
    }

    /// <summary>A value that is not an object is shown under the name "value".</summary>
    static string Name(string path) => path.Length == 0 ? "value" : path;
}

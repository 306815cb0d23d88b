using System.Text.Json;

namespace Approvals.Http;

/// <summary>Enum values as the API spells them everywhere (<c>under-review</c>), for query strings.</summary>
public static class KebabCaseEnum
{
    public static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static bool TryParse<T>(string? text, out T? value) where T : struct, Enum
    {
        value = null;
        if (string.IsNullOrEmpty(text))
            return true;
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Name(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        return false;
    }

    public static string Choices<T>() where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(Name));
}

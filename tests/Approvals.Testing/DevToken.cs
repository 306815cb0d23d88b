using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Approvals.Testing;

/// <summary>Tokens minted the way a developer gets them: <c>POST /dev/token</c> on a server in Development.</summary>
public static class DevToken
{
    /// <param name="http">Sends the request; its BaseAddress is the server when <paramref name="server"/> is not given.</param>
    /// <param name="name">The display name; the server's default when not given.</param>
    /// <param name="authTime">When the user signed in; now when not given.</param>
    public static async Task<string> MintAsync(HttpClient http, string userId, IEnumerable<string> roles, string? name = null,
        DateTimeOffset? authTime = null, Uri? server = null, CancellationToken cancellationToken = default)
    {
        var endpoint = server is null ? new Uri("/dev/token", UriKind.Relative) : new Uri(server, "/dev/token");
        var body = new JsonObject { ["userId"] = userId, ["roles"] = new JsonArray([.. roles.Select(r => JsonValue.Create(r))]) };
        if (name is not null)
            body["name"] = name;
        if (authTime is not null)
            body["authTime"] = authTime;

        using var response = await http.PostAsJsonAsync(endpoint, body, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"POST /dev/token for {userId}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!["accessToken"]!.GetValue<string>();
    }
}

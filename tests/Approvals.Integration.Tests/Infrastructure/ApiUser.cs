using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Approvals.Integration.Tests.Infrastructure;

/// <summary>Speaks the public HTTP API as one user against one server process, black-box.</summary>
public sealed class ApiUser(HttpClient http, Uri baseAddress, string token)
{
    public static async Task<ApiUser> SignIn(HttpClient http, Uri baseAddress, string userId, params string[] roles) =>
        new(http, baseAddress, await DevToken.MintAsync(http, userId, roles, userId, server: baseAddress));

    public ApiUser At(Uri otherServer) => new(http, otherServer, token);

    public async Task<(HttpStatusCode Status, JsonObject? Body)> Send(HttpMethod method, string path, object? body = null,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(baseAddress, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            request.Headers.Add(name, value);
        if (body is not null)
            request.Content = JsonContent.Create(body);

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text) as JsonObject);
    }

    /// <summary>Polls until <paramref name="until"/> holds for the GET answer; the bus between services is asynchronous.</summary>
    public async Task<JsonObject> WaitFor(string path, Func<JsonObject, bool> until, TimeSpan timeout, Func<string> diagnostics)
    {
        var deadline = DateTime.UtcNow + timeout;
        JsonObject? last = null;
        while (DateTime.UtcNow < deadline)
        {
            var (status, body) = await Send(HttpMethod.Get, path);
            if (status == HttpStatusCode.OK && body is not null)
            {
                last = body;
                if (until(body))
                    return body;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"GET {path} never matched; last answer: {last?.ToJsonString(new JsonSerializerOptions { WriteIndented = true })}\n{diagnostics()}");
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Approvals.Server.Tests.Infrastructure;

/// <summary>Tokens minted the way a developer gets them: through <c>POST /dev/token</c>.</summary>
public static class DevTokens
{
    public static async Task<string> MintAsync(this WebApplicationFactory<Program> factory, string userId, params string[] roles)
    {
        using var anonymous = factory.CreateClient();
        return await DevToken.MintAsync(anonymous, userId, roles);
    }

    /// <summary>A client that sends a bearer token for <paramref name="userId"/> with <paramref name="roles"/>.</summary>
    public static async Task<HttpClient> ClientAsync(this WebApplicationFactory<Program> factory, string userId, params string[] roles)
    {
        var token = await factory.MintAsync(userId, roles);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<JsonObject> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) as JsonObject
            ?? throw new InvalidOperationException($"Expected a JSON object, got: {text}");
    }
}

using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Approvals.Server.Tests.Infrastructure;

/// <summary>Dev tokens with a printed name, or an authentication time in the past.</summary>
public static class SignedInUsers
{
    public static async Task<HttpClient> SignedInClientAsync(this WebApplicationFactory<Program> factory, string userId, string name,
        DateTimeOffset? authTime, params string[] roles)
    {
        using var anonymous = factory.CreateClient();
        var token = await DevToken.MintAsync(anonymous, userId, roles, name, authTime);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

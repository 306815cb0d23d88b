using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Approvals.Server.Tests.Infrastructure;

/// <summary>Dev tokens with a printed name, or an authentication time in the past.</summary>
public static class SignedInUsers
{
    public static async Task<HttpClient> SignedInClientAsync(this WebApplicationFactory<Program> factory, string userId, string name,
        DateTimeOffset? authTime, params string[] roles)
    {
        using var anonymous = factory.CreateClient();
        using var response = await anonymous.PostAsJsonAsync("/dev/token", new { userId, name, roles, authTime });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.JsonAsync())["accessToken"]!.GetValue<string>();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

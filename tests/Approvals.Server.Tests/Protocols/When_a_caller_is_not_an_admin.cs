using System.Net;
using System.Text;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Protocols;

public sealed class When_a_caller_is_not_an_admin(ApprovalsApiFactory api) : IClassFixture<ApprovalsApiFactory>
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", ProtocolsApi.Path },
        { "GET", ProtocolsApi.VersionPath(ProtocolsApi.Shipped, 3) },
        { "POST", ProtocolsApi.VersionsPath("drill-roles") },
    };

    static HttpRequestMessage Request(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        // A valid document, so that nothing but the caller can be refused.
        if (method == "POST")
            request.Content = new StringContent(ProtocolsApi.Document("drill-roles").ToJsonString(), Encoding.UTF8, "application/json");
        return request;
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Should_answer_401_without_a_token(string method, string path)
    {
        using var anonymous = api.CreateClient();
        using var request = Request(method, path);

        using var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public static TheoryData<string, string, string> RolesAndEndpoints()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var role in new[] { Roles.Prescriber, Roles.Reviewer, Roles.Specialist, Roles.Auditor })
        {
            foreach (var endpoint in Endpoints)
                data.Add(role, (string)endpoint[0], (string)endpoint[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RolesAndEndpoints))]
    public async Task Should_answer_403_to_every_other_role(string role, string method, string path)
    {
        using var client = await api.ClientAsync(Users.NewId(role), role);
        var before = await api.ProtocolStateAsync();
        using var request = Request(method, path);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        (await api.ProtocolStateAsync()).AssertSameAs(before);
    }
}

using System.Net;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Http;

public sealed class When_a_list_query_is_invalid(ApprovalsApiFactory api) : IClassFixture<ApprovalsApiFactory>
{
    public static TheoryData<string, string, string> Queries()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var path in new[] { RequestsApi.Path, ReviewsApi.Path })
        {
            data.Add(path, "limit=0", "limit");
            data.Add(path, "limit=201", "limit");
            data.Add(path, "limit=many", "limit");
            data.Add(path, "cursor=not-a-cursor", "cursor");
            data.Add(path, "cursor=%25%25%25", "cursor");
            data.Add(path, "status=pending", "status");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Should_name_the_bad_parameter(string path, string query, string field)
    {
        // Reviewers may read both lists, so only the query can be at fault.
        using var reviewer = await api.ClientAsync(Users.NewId("reviewer"), Roles.Reviewer);

        using var response = await reviewer.GetAsync($"{path}?{query}");

        await response.AssertProblemNamingAsync(HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData(RequestsApi.Path + "?limit=1&status=under-review")]
    [InlineData(ReviewsApi.Path + "?limit=200&status=awaiting-information")]
    public async Task Should_accept_the_limits_and_statuses_it_documents(string pathAndQuery)
    {
        using var reviewer = await api.ClientAsync(Users.NewId("reviewer"), Roles.Reviewer);

        using var response = await reviewer.GetAsync(pathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

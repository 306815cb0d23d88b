using System.Buffers.Text;
using System.Net;
using System.Text;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Http;

public sealed class When_a_list_query_is_invalid(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

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
            // The framework's binding message echoes the value; a line break in it must not hide the field's name.
            data.Add(path, "limit=many%0Amore", "limit");
        }

        data.Add(ReviewsApi.Path, "claimed=someone", "claimed");
        data.Add(ReviewsApi.Path, "claimed=Mine", "claimed");
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

    /// <summary>Well-formed base64url cursors the server never issues: keys out of the list's range, or written differently.</summary>
    public static TheoryData<string, string, string> CraftedCursors()
    {
        var id = Guid.NewGuid();
        var data = new TheoryData<string, string, string>();
        foreach (var path in new[] { RequestsApi.Path, ReviewsApi.Path })
        {
            data.Add(path, Roles.Reviewer, new Cursor(-1, id).Encode());
            data.Add(path, Roles.Reviewer, new Cursor(long.MinValue, id).Encode());
            data.Add(path, Roles.Reviewer, new Cursor(long.MaxValue, id).Encode());
            data.Add(path, Roles.Reviewer, new Cursor(DateTimeOffset.MaxValue.UtcTicks + 1, id).Encode());
            data.Add(path, Roles.Reviewer, Base64Url.EncodeToString(Encoding.ASCII.GetBytes($"+638000000000000000:{id:N}")));
            data.Add(path, Roles.Reviewer, Base64Url.EncodeToString(Encoding.ASCII.GetBytes($"0638000000000000000:{id:N}")));
            data.Add(path, Roles.Reviewer, Base64Url.EncodeToString(Encoding.ASCII.GetBytes($"638000000000000000:{id:N}".ToUpperInvariant())));
            data.Add(path, Roles.Reviewer, new Cursor(638_000_000_000_000_000, id).Encode() + "\n");
        }

        foreach (var path in new[] { AuditApi.Entries, AuditApi.TrailOf(id) })
        {
            data.Add(path, Roles.Auditor, new Cursor(-1, Guid.Empty).Encode());
            data.Add(path, Roles.Auditor, new Cursor(0, Guid.Empty).Encode());
            data.Add(path, Roles.Auditor, new Cursor(long.MinValue, Guid.Empty).Encode());
            // The trail is ordered by sequence alone: a cursor carrying an id is none the server wrote.
            data.Add(path, Roles.Auditor, new Cursor(5, id).Encode());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CraftedCursors))]
    public async Task Should_refuse_a_cursor_the_server_did_not_issue(string path, string role, string cursor)
    {
        using var reader = await api.ClientAsync(Users.NewId(role), role);

        using var response = await reader.GetAsync($"{path}?cursor={Uri.EscapeDataString(cursor)}");

        await response.AssertProblemNamingAsync(HttpStatusCode.BadRequest, "cursor");
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

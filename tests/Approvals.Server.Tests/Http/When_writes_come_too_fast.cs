using System.Net;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Approvals.Server.Tests.Http;

/// <summary>
/// Refused attempts are audit entries, so writes are limited per user: past the limit a write is refused with 429
/// before it reaches a handler, changes nothing and is not recorded. Reads and other users are not held back.
/// </summary>
public sealed class When_writes_come_too_fast(When_writes_come_too_fast.ThreeWritesPerHour api)
    : IClassFixture<When_writes_come_too_fast.ThreeWritesPerHour>
{
    const int Limit = 3;

    /// <summary>A window far longer than any test run, so no permit comes back while a spec runs.</summary>
    public sealed class ThreeWritesPerHour : ApprovalsApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimiting:Writes:PermitLimit", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("RateLimiting:Writes:Window", "01:00:00");
        }
    }

    [Fact]
    public async Task Should_refuse_the_write_past_the_limit_with_a_problem_and_retry_after()
    {
        using var prescriber = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);
        for (var i = 0; i < Limit; i++)
            await prescriber.SubmitValidAsync();
        var key = Users.NewIdempotencyKey();

        using var refused = await prescriber.SubmitAsync(SubmissionBodies.Valid(), key);

        var problem = await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(problem.Str("title"));
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.True(retryAfter > TimeSpan.Zero && retryAfter <= TimeSpan.FromHours(1), $"Retry-After: {refused.Headers.RetryAfter}");
        var mine = await prescriber.ListAllAsync(RequestsApi.Path);
        Assert.Equal(Limit, mine.Count);
    }

    [Fact]
    public async Task Should_count_refused_writes_too()
    {
        using var prescriber = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);
        for (var i = 0; i < Limit; i++)
        {
            using var invalid = await prescriber.SubmitAsync(SubmissionBodies.Without("patient"), Users.NewIdempotencyKey());
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        }

        using var refused = await prescriber.SubmitAsync(SubmissionBodies.Valid(), Users.NewIdempotencyKey());

        await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Should_limit_each_user_apart_and_leave_reads_alone()
    {
        using var busy = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);
        using var other = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);
        for (var i = 0; i < Limit; i++)
            await busy.SubmitValidAsync();
        using var refused = await busy.SubmitAsync(SubmissionBodies.Valid(), Users.NewIdempotencyKey());

        var othersRequest = await other.SubmitValidAsync();
        using var read = await busy.GetAsync(RequestsApi.Path);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotEqual(Guid.Empty, othersRequest);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task Should_not_limit_when_disabled()
    {
        await using var disabled = new ThreeWritesPerHour();
        using var unlimited = disabled.WithWebHostBuilder(b => b.UseSetting("RateLimiting:Writes:Enabled", "false"));
        using var prescriber = await unlimited.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);

        for (var i = 0; i <= Limit; i++)
            await prescriber.SubmitValidAsync();
    }
}

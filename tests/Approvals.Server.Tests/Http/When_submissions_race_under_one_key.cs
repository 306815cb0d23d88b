using System.Net;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Approvals.Server.Tests.Http;

/// <summary>
/// A retried submission is an expected conflict on the idempotency key: it is answered as the first time and logged as
/// information, never as an error with a stack trace that an operator would chase.
/// </summary>
public sealed class When_submissions_race_under_one_key(LoggedApiFactory api) : IClassFixture<LoggedApiFactory>
{
    [Fact]
    public async Task Should_log_the_lost_races_as_information_without_a_stack()
    {
        using var prescriber = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);
        var key = Users.NewIdempotencyKey();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => prescriber.SubmitAsync(SubmissionBodies.Valid(), key)));
        try
        {
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
            var id = (await responses[0].JsonAsync()).Id();
            await prescriber.WaitForRequestStatusAsync(id, "under-review");

            var logged = api.Logs.Entries;
            // Seven of the eight submissions met the stored key; each says so once, as information.
            Assert.Equal(7, logged.Count(e => e.Level == LogLevel.Information && e.Message.Contains("already stored under its idempotency key",
                StringComparison.Ordinal) && e.Exception is null));
            Assert.DoesNotContain(logged, e => e.Level >= LogLevel.Warning && e.Exception is not null && !IsConsumerRetry(e));
            Assert.DoesNotContain(logged, e => e.Level >= LogLevel.Error);
        }
        finally
        {
            foreach (var response in responses)
                response.Dispose();
        }
    }

    /// <summary>
    /// On a server database two consumers of one request's events can meet on a unique key or a concurrency token, and
    /// MassTransit's retry (a warning) is how the second one then finds the first one's row: not a lost submission race.
    /// A retry that ran out would fault, and log an error.
    /// </summary>
    static bool IsConsumerRetry(LoggedEntry entry) =>
        entry.Category == "MassTransit.ReceiveTransport" && entry.Message.StartsWith("R-RETRY", StringComparison.Ordinal);
}

using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Http;

public sealed class When_a_submission_is_retried(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Fact]
    public async Task Should_answer_the_same_id_and_keep_one_request_and_one_review()
    {
        using var prescriber = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);
        using var reviewer = await api.ClientAsync(Users.NewId("reviewer"), Roles.Reviewer);
        var key = Users.NewIdempotencyKey();

        using var first = await prescriber.SubmitAsync(SubmissionBodies.Valid(), key);
        using var retry = await prescriber.SubmitAsync(SubmissionBodies.Valid(), key);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        var id = (await first.JsonAsync()).Id();
        Assert.Equal(id, (await retry.JsonAsync()).Id());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Single(await prescriber.ListAllAsync(RequestsApi.Path));
        // The retry published ApprovalRequested again; once the case is under review, it must have opened one review only.
        await reviewer.WaitForOpenReviewAsync(id);
        await prescriber.WaitForRequestStatusAsync(id, "under-review");
        Assert.Single(await reviewer.ListAllAsync(ReviewsApi.Path), r => r.Id("requestId") == id);
    }

    [Fact]
    public async Task Should_treat_a_reformatted_retry_as_the_same_request()
    {
        using var prescriber = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);
        var key = Users.NewIdempotencyKey();
        var body = SubmissionBodies.Valid();
        // Same members in another order, indented: the same request as far as the server understands it.
        var reordered = new JsonObject(body.Reverse().Select(m => KeyValuePair.Create(m.Key, m.Value?.DeepClone())));

        using var first = await prescriber.SubmitAsync(body, key);
        using var retry = await prescriber.PostRawAsync(RequestsApi.Path,
            reordered.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), "application/json", key);

        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        Assert.Equal((await first.JsonAsync()).Id(), (await retry.JsonAsync()).Id());
    }

    [Fact]
    public async Task Should_refuse_the_same_key_with_a_different_body()
    {
        using var prescriber = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);
        var key = Users.NewIdempotencyKey();
        using var first = await prescriber.SubmitAsync(SubmissionBodies.Valid(), key);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);

        using var reused = await prescriber.SubmitAsync(SubmissionBodies.Valid(dailyDoseMg: 80), key);

        await reused.AssertProblemNamingAsync(HttpStatusCode.UnprocessableEntity, "Idempotency-Key");
        var requests = await prescriber.ListAllAsync(RequestsApi.Path);
        Assert.Equal(SubmissionBodies.RequestedDose, Assert.Single(requests)["dailyDoseMg"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Should_keep_keys_apart_between_prescribers()
    {
        using var first = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);
        using var second = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);
        var key = Users.NewIdempotencyKey();

        using var a = await first.SubmitAsync(SubmissionBodies.Valid(), key);
        using var b = await second.SubmitAsync(SubmissionBodies.Valid(), key);

        Assert.Equal(HttpStatusCode.Accepted, a.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, b.StatusCode);
        Assert.NotEqual((await a.JsonAsync()).Id(), (await b.JsonAsync()).Id());
        Assert.Single(await first.ListAllAsync(RequestsApi.Path));
        Assert.Single(await second.ListAllAsync(RequestsApi.Path));
    }

    [Fact]
    public async Task Should_answer_one_id_to_concurrent_retries()
    {
        using var prescriber = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);
        var key = Users.NewIdempotencyKey();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => prescriber.SubmitAsync(SubmissionBodies.Valid(), key)));

        try
        {
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
            var ids = await Task.WhenAll(responses.Select(async r => (await r.JsonAsync()).Id()));
            Assert.Single(ids.Distinct());
            Assert.Single(await prescriber.ListAllAsync(RequestsApi.Path));
            await prescriber.WaitForRequestStatusAsync(ids[0], "under-review");
        }
        finally
        {
            foreach (var response in responses)
                response.Dispose();
        }
    }
}

using System.Net;
using Approvals.Integration.Tests.Accounting;
using Approvals.Integration.Tests.Infrastructure;

namespace Approvals.Integration.Tests.Load;

/// <summary>
/// Submits requests as one prescriber and writes every answer into the ledger: 202 with its id, or uncertain. Drivers
/// sharing a ledger give each other distinct <paramref name="firstPatient"/> numbers, so their patients differ.
/// </summary>
public sealed class LoadDriver(ApiUser prescriber, Ledger ledger, int firstPatient = 0)
{
    /// <summary>One request every <paramref name="interval"/>, one after the other: a steady pace across the fault.</summary>
    public async Task Paced(int count, TimeSpan interval)
    {
        for (var i = 0; i < count; i++)
        {
            var next = Task.Delay(interval);
            await SubmitOne(i);
            await next;
        }
    }

    /// <summary><paramref name="count"/> requests, <paramref name="parallelism"/> in flight at any time.</summary>
    public Task Concurrent(int count, int parallelism) =>
        Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            async (i, _) => await SubmitOne(i));

    async Task SubmitOne(int index)
    {
        var key = Guid.NewGuid().ToString();
        ledger.Uncertain(key, "in flight"); // invoked before it completes: a crash may still store it
        try
        {
            var (status, body) = await prescriber.Send(HttpMethod.Post, "/api/v1/requests", Prescriptions.Submission(firstPatient + index),
                Prescriptions.KeyHeader(key));
            if (status == HttpStatusCode.Accepted)
                ledger.Accepted(key, Guid.Parse(body!["id"]!.GetValue<string>()));
            else
                ledger.Uncertain(key, $"HTTP {(int)status}: {body?.ToJsonString()}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            ledger.Uncertain(key, e.Message);
        }
    }
}

using System.Diagnostics;
using Approvals.Benchmarks.EndToEnd;

namespace Approvals.Benchmarks.WebPages;

/// <summary>
/// Fills a fresh server with requests through the public API, as one prescriber (so their list and the reviewers'
/// queue both hold every one), and waits until the reviews are open: the pages then read a store of that size.
/// </summary>
public static class StoredCases
{
    public sealed record Seeded(Guid RequestId, Guid ReviewId, int Count, double SubmissionsPerSecond);

    public static async Task<Seeded> Fill(ApiClient prescriber, ApiClient reviewer, int count, string justification, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var slots = new SemaphoreSlim(16);
        var submissions = Enumerable.Range(0, count).Select(async i =>
        {
            await slots.WaitAsync(cancellationToken);
            try
            {
                return await prescriber.Submit(Body(i, justification), cancellationToken);
            }
            finally
            {
                slots.Release();
            }
        });
        var ids = await Task.WhenAll(submissions);
        var rate = count / Stopwatch.GetElapsedTime(started).TotalSeconds;

        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * (60 + count / 20);
        while (true)
        {
            var open = await reviewer.OpenReviews(cancellationToken);
            if (open.Count >= count)
            {
                var last = open.First(r => r.RequestId == ids[^1]);
                return new Seeded(last.RequestId, last.ReviewId, open.Count, rate);
            }

            if (Stopwatch.GetTimestamp() > deadline)
                throw new TimeoutException($"Only {open.Count} of {count} reviews opened.");
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    /// <summary>Doses across the protocol's tiers and both urgencies, so the lists are not all alike.</summary>
    static object Body(int i, string justification) => new
    {
        protocolId = "baclofen-aud",
        patient = new { pseudonym = $"PT-{i:D6}", birthYear = 1950 + i % 50, sex = i % 2 == 0 ? "female" : "male" },
        dailyDoseMg = 30 + i % 6 * 10,
        urgency = i % 10 == 0 ? "expedited" : "standard",
        indication = "alcohol-dependence",
        justification,
        priorTreatments = new[] { "acamprosate", "naltrexone" },
        patientConsent = true,
    };
}

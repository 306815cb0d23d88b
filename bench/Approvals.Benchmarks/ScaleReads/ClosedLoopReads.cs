using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Approvals.Benchmarks.Measurement;

namespace Approvals.Benchmarks.ScaleReads;

/// <summary>
/// One read measured in a closed loop: a few clients, each sending the next GET as soon as the previous answer has been
/// read whole, for a warm-up and then a measured window, with a progress line every second.
/// </summary>
public sealed class ClosedLoopReads(HttpClient http, Uri server, string label, int clients)
{
    public sealed record Outcome(List<double> TimesMs, double Seconds, int Errors, string? FirstError);

    /// <param name="pathFor">The path of a client's next read (its n-th).</param>
    public async Task<Outcome> Run(string token, Func<int, string> pathFor, TimeSpan warmup, TimeSpan duration, CancellationToken cancellationToken)
    {
        var times = new ConcurrentBag<double>();
        var errors = 0;
        string? firstError = null;
        var measuring = warmup <= TimeSpan.Zero;
        var total = Stopwatch.StartNew();
        var end = warmup + duration;
        var measured = Stopwatch.StartNew();

        async Task Client(int client)
        {
            var n = client;
            while (total.Elapsed < end && !cancellationToken.IsCancellationRequested)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server, pathFor(n)));
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, $"GET {request.RequestUri!.PathAndQuery}: {(int)response.StatusCode}", null);
                }
                else if (Volatile.Read(ref measuring))
                    times.Add(ms);

                n += clients;
            }
        }

        var running = Enumerable.Range(0, clients).Select(c => Task.Run(() => Client(c), cancellationToken)).ToList();
        var all = Task.WhenAll(running);
        var second = 0;
        while (await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(1), cancellationToken)) != all)
        {
            second++;
            if (!measuring && total.Elapsed >= warmup)
            {
                Volatile.Write(ref measuring, true);
                measured.Restart();
            }

            var snapshot = times.ToArray();
            Console.WriteLine(measuring
                ? string.Create(CultureInfo.InvariantCulture,
                    $"  {label}: {measured.Elapsed.TotalSeconds:0} s measured, {snapshot.Length:N0} reads, p50 {Percentiles.Of(snapshot, 50):0.0} ms, p99 {Percentiles.Of(snapshot, 99):0.0} ms, {errors} errors")
                : $"  {label}: warming up, {second} s");
        }

        await all;
        return new Outcome([.. times], measured.Elapsed.TotalSeconds, errors, firstError);
    }
}

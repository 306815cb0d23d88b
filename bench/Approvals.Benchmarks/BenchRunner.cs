using System.Globalization;
using System.Text;
using Approvals.Benchmarks.Measurement;
using Approvals.Benchmarks.Phases;

namespace Approvals.Benchmarks;

/// <summary>Runs every phase once per repetition, in turn (A/B/A/B...), so slow drift on a shared machine hits all alike.</summary>
public sealed class BenchRunner(IReadOnlyList<IPhase> phases, int repetitions)
{
    public async Task<List<PhaseResult>> Run(CancellationToken cancellationToken)
    {
        var results = new List<PhaseResult>();
        for (var repetition = 1; repetition <= repetitions; repetition++)
        {
            foreach (var phase in phases)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Console.Write(string.Create(CultureInfo.InvariantCulture, $"[{repetition}/{repetitions}] {phase.Id,-26}"));
                PhaseResult result;
                try
                {
                    result = await phase.Run(repetition, cancellationToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    result = new PhaseResult(phase.Id, repetition);
                    result.Violations.Add($"error: {exception.GetType().Name}: {exception.Message}");
                }

                Console.WriteLine(Describe(result, phase.Unit));
                foreach (var violation in result.Violations)
                    Console.WriteLine($"      FAILED: {violation}");
                results.Add(result);
            }
        }

        return results;
    }

    static string Describe(PhaseResult r, string unit)
    {
        var line = new StringBuilder(FormattableString.Invariant(
            $"{r.Throughput,9:0.0} {unit,-10} p50 {r.P50Ms,8:0.00} ms  p99 {r.P99Ms,8:0.00} ms  n={r.Completed}"));
        if (r.CommitsPerMessage is { } commits)
            line.Append(FormattableString.Invariant($"  commits/msg {commits:0.00} (sqlite {r.SqliteCommitsPerMessage:0.00})"));
        if (r.Cpu is { } cpu)
        {
            line.Append(FormattableString.Invariant($"  cpu bench {cpu.BenchPercent:0}%"));
            if (cpu.BrokerPercent is { } broker)
                line.Append(FormattableString.Invariant($" broker {broker:0}%"));
            if (cpu.ServerPercent is { } server)
                line.Append(FormattableString.Invariant($" server {server:0}%"));
            line.Append(FormattableString.Invariant($" machine {cpu.MachinePercent:0}%"));
        }

        return line.Append(r.Ok ? "" : "  FAILED").ToString();
    }
}

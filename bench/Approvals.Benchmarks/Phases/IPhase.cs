using Approvals.Benchmarks.Measurement;

namespace Approvals.Benchmarks.Phases;

/// <summary>One measurement, run once per repetition, interleaved with the others.</summary>
public interface IPhase
{
    /// <summary>Short name in the tables, e.g. "P1 quorum".</summary>
    string Id { get; }

    /// <summary>What it measures, one line.</summary>
    string Title { get; }

    /// <summary>What its throughput counts, e.g. "msg/s".</summary>
    string Unit { get; }

    Task<PhaseResult> Run(int repetition, CancellationToken cancellationToken);
}

using Approvals.Messaging.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Approvals.Workflow.Tests.Hosting;

/// <summary>Periodic work whose rounds follow a script: each step says more is waiting, or throws; then idle rounds.</summary>
internal sealed class ScriptedWork(FakeTimeProvider clock, RecordingLogger<ScriptedWork> logger, params Func<bool>[] script)
    : PeriodicWork(logger)
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    int _rounds;
    int _waits;

    public int Rounds => Volatile.Read(ref _rounds);

    /// <summary>How many times it began to wait for its interval after an idle round.</summary>
    public int Waits => Volatile.Read(ref _waits);

    protected override TimeProvider WaitClock => clock;

    protected override string Work => "Scripted work";

    protected override TimeSpan Interval => Every;

    protected override Task WaitForNextRound(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _waits);
        return base.WaitForNextRound(cancellationToken);
    }

    protected override Task<bool> RunRound(CancellationToken cancellationToken)
    {
        var round = Interlocked.Increment(ref _rounds);
        return Task.FromResult(round <= script.Length && script[round - 1]());
    }
}

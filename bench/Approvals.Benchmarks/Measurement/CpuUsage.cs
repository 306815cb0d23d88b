namespace Approvals.Benchmarks.Measurement;

/// <summary>
/// CPU during a measured interval. Processes in percent of one core; the machine in percent of all its cores, so
/// that load from other builds sharing the machine shows as machine minus ours.
/// </summary>
public sealed record CpuUsage(double BenchPercent, double? BrokerPercent, double? ServerPercent, double MachinePercent);

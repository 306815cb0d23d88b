namespace Approvals.Integration.Tests.Faults;

/// <summary>
/// Fault tests that stop nodes of the three-node broker cluster. Like <see cref="BrokerWideFaults"/>, xunit runs this
/// collection after the parallel ones, one test at a time and never beside another such collection, so no test sees
/// another's lost nodes, nor runs while the single broker is being stopped.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterFaults
{
    public const string Name = "faults that stop broker cluster nodes";
}

namespace Approvals.Integration.Tests.Faults;

/// <summary>
/// Fault tests that stop or kill the broker every deployment shares: xunit runs this collection after the parallel
/// ones, one test at a time, so no other test sees its outage.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrokerWideFaults
{
    public const string Name = "faults that stop the shared broker";
}

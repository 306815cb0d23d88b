namespace Approvals.Domain.Protocols;

/// <summary>What <see cref="VersionInForce"/> needs of a version: its number and the instant it takes effect.</summary>
public interface IEffectiveVersion
{
    int Version { get; }
    DateTimeOffset EffectiveFrom { get; }
}

using Approvals.Domain.Protocols;
using static Approvals.Domain.Tests.Protocols.ProtocolDocuments;

namespace Approvals.Domain.Tests.Protocols;

public sealed class VersionInForceSpecs
{
    // Given out of order on purpose: the rule orders by effective date itself.
    static readonly ProtocolVersion[] Known =
    [
        Version("off-label-ketamine", 3, "2026-01-01T00:00:00Z"),
        Version("off-label-ketamine", 1, "2025-01-01T00:00:00Z"),
        Version("off-label-ketamine", 2, "2025-06-01T00:00:00Z"),
        Version("pediatric-melatonin", 1, "2025-03-01T00:00:00Z"),
        // Two versions effective at the same moment: the higher version wins.
        Version("pediatric-melatonin", 3, "2025-09-01T00:00:00Z"),
        Version("pediatric-melatonin", 2, "2025-09-01T00:00:00Z"),
        V3,
        V1,
    ];

    [Theory]
    [InlineData("off-label-ketamine", "2024-12-31T23:59:59Z", null)]
    [InlineData("off-label-ketamine", "2025-01-01T00:00:00Z", 1)]
    [InlineData("off-label-ketamine", "2025-03-15T12:00:00Z", 1)]
    [InlineData("off-label-ketamine", "2025-05-31T23:59:59.9999999Z", 1)]
    [InlineData("off-label-ketamine", "2025-06-01T00:00:00Z", 2)]
    // The same instant written with another offset is the same instant.
    [InlineData("off-label-ketamine", "2025-06-01T02:00:00+02:00", 2)]
    [InlineData("off-label-ketamine", "2025-06-01T01:59:59+02:00", 1)]
    [InlineData("off-label-ketamine", "2025-12-31T23:59:59Z", 2)]
    [InlineData("off-label-ketamine", "2026-01-01T00:00:00Z", 3)]
    [InlineData("off-label-ketamine", "2099-01-01T00:00:00Z", 3)]
    [InlineData("pediatric-melatonin", "2025-02-28T00:00:00Z", null)]
    [InlineData("pediatric-melatonin", "2025-09-01T00:00:00Z", 3)]
    // The shipped baclofen versions, around their effective dates.
    [InlineData("baclofen-aud", "2014-03-16T23:59:59.9999999Z", null)]
    [InlineData("baclofen-aud", "2014-03-17T00:00:00Z", 1)]
    [InlineData("baclofen-aud", "2014-03-17T00:59:59+01:00", null)]
    [InlineData("baclofen-aud", "2017-07-23T23:59:59.9999999Z", 1)]
    [InlineData("baclofen-aud", "2017-07-24T01:59:59+02:00", 1)]
    [InlineData("baclofen-aud", "2017-07-24T00:00:00Z", 3)]
    [InlineData("baclofen-aud", "2026-06-01T00:00:00Z", 3)]
    public void InForce_is_the_latest_version_effective_at_the_time(string protocolId, string at, int? expectedVersion)
    {
        var inForce = VersionInForce.At(Known.Where(v => v.ProtocolId == protocolId), At(at));

        Assert.Equal(expectedVersion, inForce?.Version);
        if (inForce is not null)
            Assert.Equal(protocolId, inForce.ProtocolId);
    }

    [Fact]
    public void Nothing_is_in_force_without_versions()
    {
        Assert.Null(VersionInForce.At(Array.Empty<ProtocolVersion>(), At("2026-01-01T00:00:00Z")));
    }
}

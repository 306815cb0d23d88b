using Approvals.Domain.Protocols;
using static Approvals.Domain.Tests.Protocols.ProtocolDocuments;

namespace Approvals.Domain.Tests.Protocols;

public sealed class ProtocolPublicationRulesSpecs
{
    static readonly DateTimeOffset Now = At("2026-05-01T12:00:00Z");
    static readonly IEffectiveVersion[] Published = [V1, V3];

    static ValidationErrors Check(int version, string effectiveFrom, IReadOnlyCollection<IEffectiveVersion>? published = null)
    {
        var document = ProtocolJson.Parse(Valid().Set("version", version).Set("effectiveFrom", effectiveFrom).ToJsonString());
        var errors = new ValidationErrors();
        ProtocolPublicationRules.Check(document, published ?? Published, Now, errors);
        return errors;
    }

    [Theory]
    [InlineData(4, "2026-05-01T12:00:00Z")]
    [InlineData(4, "2026-06-01T00:00:00Z")]
    [InlineData(9, "2030-01-01T00:00:00+05:00")]
    public void A_later_version_taking_effect_from_now_on_may_be_published(int version, string effectiveFrom) =>
        Assert.True(Check(version, effectiveFrom).IsEmpty);

    [Theory]
    // Effective before its publication: requests already judged under version 3 would show the wrong version in force.
    [InlineData(4, "2026-05-01T11:59:59Z", "effectiveFrom")]
    [InlineData(4, "2018-01-01T00:00:00Z", "effectiveFrom")]
    // Numbered below the latest (2 was never shipped): numbers grow with time.
    [InlineData(2, "2026-06-01T00:00:00Z", "version")]
    public void A_version_that_would_rewrite_the_past_is_refused(int version, string effectiveFrom, string field)
    {
        var errors = Check(version, effectiveFrom);

        Assert.Equal([field], errors.ToDictionary().Keys);
    }

    [Fact]
    public void A_version_taking_effect_before_a_later_published_one_is_refused()
    {
        var scheduled = Version("baclofen-aud", 4, "2027-01-01T00:00:00Z");

        var errors = Check(5, "2026-12-01T00:00:00Z", [V1, V3, scheduled]);

        Assert.Equal(["effectiveFrom"], errors.ToDictionary().Keys);
    }

    [Fact]
    public void The_first_version_of_a_protocol_needs_only_a_future_effective_date() =>
        Assert.True(Check(1, "2026-05-02T00:00:00Z", []).IsEmpty);
}

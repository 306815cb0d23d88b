using Approvals.Contracts;
using Approvals.Domain.Protocols;
using static Approvals.Domain.Tests.Protocols.ProtocolDocuments;

namespace Approvals.Domain.Tests.Protocols;

/// <summary>What the saga and the review read from a version: its message form, clocks and approval terms.</summary>
public sealed class ProtocolVersionUseSpecs
{
    [Fact]
    public void A_version_survives_its_message_form()
    {
        var message = V1.ToContract();

        Assert.Equal(V1, message.ToProtocolVersion());
        Assert.Equal(V3, V3.ToContract().ToProtocolVersion());
        Assert.Equal(new ProtocolDoseTier(300, ReviewLevel.Collegial, 2), message.DoseTiers[2]);
        Assert.Equal(new ProtocolReviewClocks(TimeSpan.FromDays(7), TimeSpan.FromHours(72)), message.ReviewClocks);
    }

    [Fact]
    public void An_invalid_message_is_refused_like_any_input()
    {
        var broken = V3.ToContract() with { MaxDailyDoseMg = 120 };

        var thrown = Assert.Throws<InvalidOperationException>(() => broken.ToProtocolVersion());

        Assert.Contains("maxDailyDoseMg", thrown.Message);
    }

    [Fact]
    public void Review_clocks_set_the_due_time_by_urgency()
    {
        var opened = At("2026-05-01T08:00:00Z");

        Assert.Equal(At("2026-05-08T08:00:00Z"), V3.ReviewClocks.DueAt(Urgency.Standard, opened));
        Assert.Equal(At("2026-05-04T08:00:00Z"), V3.ReviewClocks.DueAt(Urgency.Expedited, opened));
    }

    [Fact]
    public void Approval_terms_come_from_the_version()
    {
        var terms = V1.ApprovalTerms();

        Assert.Equal((TimeSpan.FromDays(180), TimeSpan.FromDays(365), TimeSpan.FromDays(31)), (terms.DefaultValidity, terms.MaxValidity, terms.FollowUpInterval));
        Assert.Equal([TimeSpan.FromDays(30), TimeSpan.FromDays(7)], terms.Reminders);
        Assert.Empty(terms.Problems());
    }
}

using System.Text.Json.Nodes;
using Approvals.Domain.Cases;
using Approvals.Domain.Protocols;
using Approvals.Domain.Tests.Protocols;
using static Approvals.Domain.Tests.Cases.CaseHistory;
using static Approvals.Domain.Tests.Cases.CasePhaseHistories;

namespace Approvals.Domain.Tests.Cases;

/// <summary>A version with a lower cap reaches running approvals of its protocol: above the cap, they taper.</summary>
public sealed class TaperSpecs
{
    static readonly DateTimeOffset TakesEffect = DecidedAt.AddDays(10);

    /// <summary>Version 2 of the shipped protocol: cap 90 mg/day, follow-ups every 14 days, taper by 10 to 15 mg every 2 days.</summary>
    static ProtocolVersion LowerCap(decimal cap = 90, string protocolId = "baclofen-aud") =>
        ProtocolDocuments.Version(ProtocolDocuments.Valid()
            .Set("protocolId", protocolId).Set("version", 2).Set("effectiveFrom", "2026-01-10T00:00:00Z")
            .Set("maxDailyDoseMg", cap).Set("doseTiers", new JsonArray(new JsonObject { ["upToMg"] = cap, ["review"] = "single" }))
            .Set("followUpInterval", "P14D").ToJsonString());

    [Theory]
    [InlineData(90, 1)]
    [InlineData(70, 2)]
    [InlineData(55, 3)]
    [InlineData(54, 4)]
    public void An_approved_dose_above_the_new_cap_tapers_down_to_it(decimal cap, int steps)
    {
        var imposed = Then.Event<TaperImposed>(In(CasePhase.Approved).When(new LowerProtocolCap(LowerCap(cap), TakesEffect), TakesEffect));

        Assert.Equal((2, cap, steps), (imposed.ProtocolVersion, imposed.Plan.TargetDailyDoseMg, imposed.Plan.Steps.Count));
        Assert.Equal(cap, imposed.Plan.Steps[^1].DailyDoseMg);
        Assert.Equal(TakesEffect, imposed.Plan.Steps[0].From);
    }

    [Fact]
    public void The_next_follow_up_falls_due_within_the_new_interval()
    {
        var imposed = Then.Event<TaperImposed>(In(CasePhase.Approved).When(new LowerProtocolCap(LowerCap(), TakesEffect), TakesEffect));

        Assert.Equal(TakesEffect.AddDays(14), imposed.NextFollowUpDue);
        var state = CaseDecider.Replay([imposed], In(CasePhase.Approved).State);
        Assert.Equal((TakesEffect.AddDays(14), 2), (state.FollowUps.NextDue, state.Taper!.ProtocolVersion));
    }

    [Fact]
    public void A_follow_up_due_sooner_keeps_its_date()
    {
        var imposed = Then.Event<TaperImposed>(In(CasePhase.Approved).When(new LowerProtocolCap(LowerCap(), DecidedAt.AddDays(25)), DecidedAt.AddDays(25)));

        Assert.Equal(DecidedAt.AddDays(31), imposed.NextFollowUpDue);
    }

    [Theory]
    [InlineData(100, "baclofen-aud", CasePhase.Approved)]
    [InlineData(90, "another-protocol", CasePhase.Approved)]
    [InlineData(90, "baclofen-aud", CasePhase.UnderReview)]
    [InlineData(90, "baclofen-aud", CasePhase.Revoked)]
    public void A_cap_at_or_above_the_dose_another_protocol_or_no_running_approval_changes_nothing(decimal cap, string protocolId, CasePhase phase) =>
        Then.Unchanged(In(phase).When(new LowerProtocolCap(LowerCap(cap, protocolId), TakesEffect), TakesEffect));

    [Fact]
    public void A_suspended_approval_tapers_too() =>
        Then.Event<TaperImposed>(In(CasePhase.Suspended).When(new LowerProtocolCap(LowerCap(), Later.AddDays(1)), Later.AddDays(1)));

    [Theory]
    [InlineData(90, true)]
    [InlineData(80, true)]
    [InlineData(95, false)]
    public void A_follow_up_reporting_a_dose_within_the_cap_ends_the_taper(decimal reportedDose, bool ends)
    {
        var history = In(CasePhase.Approved).Did(new LowerProtocolCap(LowerCap(), TakesEffect), TakesEffect);
        var at = TakesEffect.AddDays(5);
        var verdict = history.When(new ReportFollowUp(Guid.NewGuid(), Prescriber, Day(at), reportedDose, at), at);

        if (ends)
            Then.Types(verdict, typeof(FollowUpRecorded), typeof(TaperCompleted));
        else
            Then.Types(verdict, typeof(FollowUpRecorded));
        Assert.Equal(ends, CaseDecider.Replay(verdict.Events, history.State).Taper is null);
    }
}

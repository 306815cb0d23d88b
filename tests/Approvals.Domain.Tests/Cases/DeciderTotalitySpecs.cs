using Approvals.Contracts;
using Approvals.Domain.Cases;
using Approvals.Domain.Tests.Protocols;
using static Approvals.Domain.Tests.Cases.CaseHistory;
using static Approvals.Domain.Tests.Cases.CasePhaseHistories;

namespace Approvals.Domain.Tests.Cases;

/// <summary>The decider is total: an answer for every command in every phase (its purity is an architecture test).</summary>
public sealed class DeciderTotalitySpecs
{
    static IEnumerable<CaseCommand> EveryKindOfCommand(DateTimeOffset at) =>
    [
        Submission(),
        Decision(InitialReview, DecisionOutcome.Approve, at),
        Decision(RenewalReview, DecisionOutcome.Deny, at),
        Decision(InitialReview, DecisionOutcome.RequestInformation, at),
        new GiveOpinion(InitialReview, Specialist, OpinionRecommendation.Approve, 100, "Reasons.", at),
        new ProvideInformation(Prescriber, "Answer.", at),
        new Withdraw(Prescriber, "Reason.", at),
        new ReportFollowUp(Guid.NewGuid(), Prescriber, Day(at), 100, at),
        Renewal(at, Day(at)),
        new Suspend(OtherReviewer, "Reason.", at),
        new Reinstate(OtherReviewer, "Reason.", at),
        new Revoke(OtherReviewer, "Reason.", at),
        new LowerProtocolCap(ProtocolDocuments.Version("baclofen-aud", 2, "2026-01-10T00:00:00Z", 50), at),
        .. Enum.GetValues<CaseTimer>().Select(t => new FireTimer(t)),
    ];

    public static TheoryData<CasePhase> Phases() => [.. Enum.GetValues<CasePhase>().Where(p => p != CasePhase.Submitted)];

    [Theory]
    [MemberData(nameof(Phases))]
    public void Every_command_in_every_phase_gets_events_that_apply_or_a_refusal_that_changes_nothing(CasePhase phase)
    {
        var history = phase == CasePhase.None ? new CaseHistory() : In(phase);
        var before = history.State;
        var now = DecidedAt.AddDays(500);
        foreach (var command in EveryKindOfCommand(now))
        {
            var verdict = CaseDecider.Decide(before, command, now);

            Assert.True(verdict.Refusal is null || verdict.Events.Count == 0, command.GetType().Name);
            // Evolve knows every event and applies it to the state it was decided on (it throws otherwise).
            Assert.NotNull(CaseDecider.Replay(verdict.Events, before));
        }
    }
}

using Approvals.Contracts;
using Approvals.Workflow.Tests.Repository;
using Microsoft.Extensions.Time.Testing;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.Timers;

/// <summary>
/// The 2017 case: a new version caps the dose below what running approvals allow. Those above the cap must taper, with
/// a plan and follow-ups at the version's interval, until a follow-up reports a dose within the cap.
/// </summary>
public sealed class When_a_lower_cap_takes_effect
{
    static readonly TimeSpan Day = TimeSpan.FromDays(1);

    static ProtocolVersionRules CapAt80(DateTimeOffset effectiveFrom) => new(
        "off-label-ketamine", 4, effectiveFrom, "Cap lowered", ["treatment-resistant-depression"], 80,
        [new ProtocolDoseTier(80, ReviewLevel.Single, 0)], 180 * Day, 365 * Day, 14 * Day, [30 * Day, 7 * Day],
        new ProtocolReviewClocks(7 * Day, 3 * Day), 14 * Day, new ProtocolTaperRule(10, 15, 2 * Day));

    [Fact]
    public async Task Should_order_a_taper_for_approvals_above_the_cap_once_the_version_takes_effect()
    {
        var clock = new FakeTimeProvider(SubmittedAt);
        await using var workflow = await SqliteWorkflow.Start(clock: clock);
        var above = await Approved(workflow, RequestedDose);
        var within = await Approved(workflow, 60);
        var effective = SubmittedAt + 10 * Day;

        Assert.False(await workflow.PublishAndWait(new ProtocolVersionPublished(CapAt80(effective), "admin-1", SubmittedAt)));
        await workflow.Quiesce();
        Assert.Null((await workflow.Load(above)).Taper);

        clock.SetUtcNow(effective);
        await workflow.FireDueTimers();
        await Eventually.True(async () => (await workflow.Load(above)).Taper is not null, "the taper ordered when the cap took effect");

        var entry = await LatestEntry(workflow, above, e => e.Terms?.Taper is not null);
        var taper = entry.Terms!.Taper!;
        Assert.Equal((4, 80m, 80m), (taper.ProtocolVersion, taper.TargetDailyDoseMg, taper.Steps[^1].DailyDoseMg));
        Assert.All(taper.Steps.Zip(taper.Steps.Skip(1)), pair => Assert.True(pair.First.DailyDoseMg > pair.Second.DailyDoseMg));
        Assert.Equal((ApprovalStateMachine.SystemActor, effective + 14 * Day), (entry.ActorId, entry.Terms.NextFollowUpDue));
        Assert.Null((await workflow.Load(within)).Taper);

        // A follow-up still above the cap keeps the taper; one within it ends it.
        Assert.False(await workflow.PublishAndWait(FollowUp(above, effective + Day) with { DailyDoseMg = 90 }));
        Assert.NotNull((await workflow.Load(above)).Taper);
        Assert.False(await workflow.PublishAndWait(FollowUp(above, effective + 5 * Day) with { DailyDoseMg = 80 }));
        Assert.Null((await workflow.Load(above)).Taper);
        Assert.Null((await LatestEntry(workflow, above, _ => true)).Terms!.Taper);
    }

    [Fact]
    public async Task Should_order_it_at_once_for_a_version_already_in_force()
    {
        var clock = new FakeTimeProvider(SubmittedAt);
        await using var workflow = await SqliteWorkflow.Start(clock: clock);
        var above = await Approved(workflow, RequestedDose);

        Assert.False(await workflow.PublishAndWait(new ProtocolVersionPublished(CapAt80(SubmittedAt - Day), null, SubmittedAt)));

        await Eventually.True(async () => (await workflow.Load(above)).Taper is not null, "the taper ordered at once");
    }

    [Fact]
    public async Task Should_tell_only_the_approvals_whose_dose_is_above_the_cap()
    {
        var clock = new FakeTimeProvider(SubmittedAt);
        await using var workflow = await SqliteWorkflow.Start(clock: clock);
        var above = await Approved(workflow, 80.5m);
        var atCap = await Approved(workflow, 80);
        var under = await Approved(workflow, 60);

        Assert.False(await workflow.PublishAndWait(new ProtocolVersionPublished(CapAt80(SubmittedAt - Day), null, SubmittedAt)));
        await Eventually.True(async () => (await workflow.Load(above)).Taper is not null, "the taper ordered above the cap");
        await workflow.Quiesce();

        Assert.Single(workflow.Published<ProtocolCapTakesEffect>(m => m.RequestId == above));
        Assert.Empty(workflow.Published<ProtocolCapTakesEffect>(m => m.RequestId == atCap || m.RequestId == under));
        Assert.Null((await workflow.Load(atCap)).Taper);
    }

    static async Task<Guid> Approved(SqliteWorkflow workflow, decimal dose)
    {
        var id = Guid.NewGuid();
        Assert.False(await workflow.PublishAndWait(Submission(id) with { DailyDoseMg = dose }));
        Assert.False(await workflow.PublishAndWait(ModifiedApproval(id, dose)));
        return id;
    }

    static async Task<RequestStatusChanged> LatestEntry(SqliteWorkflow workflow, Guid id, Func<RequestStatusChanged, bool> filter)
    {
        var sequence = (await workflow.Load(id)).TimelineSequence;
        await Eventually.True(() => Task.FromResult(workflow.Published<RequestStatusChanged>(m => m.RequestId == id && m.Sequence == sequence).Count == 1),
            "the latest entry delivered");
        return workflow.Published<RequestStatusChanged>(m => m.RequestId == id && filter(m)).MaxBy(m => m.Sequence)!;
    }
}

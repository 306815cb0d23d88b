using Approvals.Workflow.Tests.Harness;

namespace Approvals.Workflow.Tests.StateMachine;

/// <summary>
/// A message that arrives in a state that no longer expects it must change nothing: not the saga, not the timeline
/// (no entry with a higher sequence), not the review queue. Derived classes bring the request into the state and name
/// the late message; the two facts here run for each of them.
/// </summary>
public abstract class IgnoredScenario : Scenario
{
    SagaSnapshot _before = null!;
    Outputs _outputsBefore = null!;

    protected abstract Task Arrange();

    protected abstract object LateMessage { get; }

    protected override async Task Given()
    {
        await Arrange();
        _before = SagaSnapshot.Of(Saga);
        _outputsBefore = Workflow.OutputsOf(Id);
        await Workflow.PublishIgnored(LateMessage);
    }

    [Fact]
    public void Should_change_nothing_on_the_saga() => Assert.Equal(_before, SagaSnapshot.Of(Saga));

    [Fact]
    public void Should_publish_and_send_nothing_more() => Assert.Equal(_outputsBefore, Workflow.OutputsOf(Id));
}

/// <summary>The saga's fields as values, to compare before and after (the in-memory repository mutates one instance).</summary>
public sealed record SagaSnapshot(
    string CurrentState, int TimelineSequence, Guid ReviewId, DateTimeOffset ReviewDueAt, string PrescriberId, decimal DailyDoseMg,
    DateTimeOffset SubmittedAt, decimal? ApprovedDailyDoseMg, string? DecidedBy, DateTimeOffset? DecidedAt, DateTimeOffset? ClosedAt)
{
    public static SagaSnapshot Of(ApprovalState s) =>
        new(s.CurrentState, s.TimelineSequence, s.ReviewId, s.ReviewDueAt, s.PrescriberId, s.DailyDoseMg, s.SubmittedAt,
            s.ApprovedDailyDoseMg, s.DecidedBy, s.DecidedAt, s.ClosedAt);
}

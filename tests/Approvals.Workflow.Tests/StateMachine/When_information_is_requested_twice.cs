using Approvals.Workflow.Tests.Harness;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.StateMachine;

/// <summary>
/// A redelivered InformationRequested (at-least-once delivery) while the request already awaits information. The saga
/// promises that a duplicate never changes a case twice, but AwaitingInformation neither handles nor ignores this
/// event, so MassTransit faults with UnhandledEventException: with production retries the message is retried six times
/// and ends in the workflow error queue. Fix: add <c>Ignore(InformationRequested)</c> to
/// <c>During(AwaitingInformation, …)</c> in ApprovalStateMachine.
/// </summary>
public sealed class When_information_is_requested_twice
{
    const string Bug = "Known bug: ApprovalStateMachine.During(AwaitingInformation) lacks Ignore(InformationRequested); remove Skip once fixed.";

    [Fact(Skip = Bug)]
    public async Task Should_ignore_the_duplicate()
    {
        await using var workflow = await WorkflowHarness.Start();
        var id = await workflow.Submitted();
        var questions = Questions(id, "Recent ECG?");
        await workflow.Publish(questions, m => m.AwaitingInformation);
        var before = SagaSnapshot.Of(workflow.Instance(id));
        var outputs = workflow.OutputsOf(id);

        await workflow.PublishIgnored(questions);

        Assert.Equal(before, SagaSnapshot.Of(workflow.Instance(id)));
        Assert.Equal(outputs, workflow.OutputsOf(id));
    }
}

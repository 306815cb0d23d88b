using Approvals.Workflow.Tests.Harness;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.StateMachine;

/// <summary>
/// A redelivered InformationRequested (at-least-once delivery) while the request already awaits information must be
/// ignored, not fault into the error queue as an unhandled event.
/// </summary>
public sealed class When_information_is_requested_twice
{
    [Fact]
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

using Approvals.Workflow.Tests.Harness;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.StateMachine;

/// <summary>Every kind of message, in every final state: all ignored.</summary>
public sealed class When_a_late_message_arrives_after_the_case_closed
{
    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var final in new[] { "approved", "denied", "withdrawn" })
            foreach (var late in new[] { "submission", "approval", "denial", "questions", "answer", "withdrawal" })
                cases.Add(final, late);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_change_nothing(string final, string late)
    {
        await using var workflow = await WorkflowHarness.Start();
        var id = await workflow.Submitted();
        await (final switch
        {
            "approved" => workflow.Publish(Approval(id), m => m.Approved),
            "denied" => workflow.Publish(Denial(id), m => m.Denied),
            _ => workflow.Publish(Withdrawal(id), m => m.Withdrawn),
        });
        var before = SagaSnapshot.Of(workflow.Instance(id));
        var outputs = workflow.OutputsOf(id);

        await workflow.PublishIgnored(late switch
        {
            "submission" => Submission(id),
            "approval" => Approval(id),
            "denial" => Denial(id),
            "questions" => Questions(id, "Anything else?"),
            "answer" => Answer(id),
            _ => Withdrawal(id),
        });

        Assert.Equal(before, SagaSnapshot.Of(workflow.Instance(id)));
        Assert.Equal(outputs, workflow.OutputsOf(id));
        Assert.Equal(3, outputs.LastSequence);
    }
}

using Approvals.Benchmarks.Measurement;
using Approvals.Contracts;
using MassTransit;

namespace Approvals.Benchmarks.Saga;

/// <summary>
/// Reports a saga transition complete when MassTransit has finished the whole consume of its ApprovalRequested:
/// the saga's commit, the outbox's sends and (P4) the delivered mark, just before the broker ack.
/// </summary>
public sealed class SagaCompletionObserver(MessageDriver driver) : IConsumeMessageObserver<ApprovalRequested>
{
    public Task PreConsume(ConsumeContext<ApprovalRequested> context) => Task.CompletedTask;

    public Task PostConsume(ConsumeContext<ApprovalRequested> context)
    {
        driver.Completed(context.Message.RequestId);
        return Task.CompletedTask;
    }

    public Task ConsumeFault(ConsumeContext<ApprovalRequested> context, Exception exception) => Task.CompletedTask;
}

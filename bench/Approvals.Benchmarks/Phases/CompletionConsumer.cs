using Approvals.Benchmarks.Measurement;
using Approvals.Contracts;
using MassTransit;

namespace Approvals.Benchmarks.Phases;

/// <summary>P2's consumer: does nothing but report that the message arrived.</summary>
public sealed class CompletionConsumer(MessageDriver driver) : IConsumer<ApprovalRequested>
{
    public Task Consume(ConsumeContext<ApprovalRequested> context)
    {
        driver.Completed(context.Message.RequestId);
        return Task.CompletedTask;
    }
}

using Approvals.Contracts;
using Approvals.Intake.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Intake.Consumers;

/// <summary>Shows the prescriber that the review of their request is late.</summary>
public sealed class ReviewOverdueConsumer(IntakeDbContext db) : IConsumer<ReviewOverdue>
{
    public async Task Consume(ConsumeContext<ReviewOverdue> context) =>
        await db.Requests.Where(r => r.Id == context.Message.RequestId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Overdue, true), context.CancellationToken);
}

using Approvals.Contracts;
using Approvals.Workflow.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Workflow.Protocols;

/// <summary>
/// When a protocol version takes effect (now, or later through a durable timer), every running approval of that
/// protocol hears of it; whether its dose is above the new cap, and the taper plan, are the case decider's call. The
/// messages go through the outbox with this consumer's commit.
/// </summary>
public sealed class ProtocolCapWatcher(WorkflowDbContext db, TimeProvider clock)
    : IConsumer<ProtocolVersionPublished>, IConsumer<ProtocolVersionTakesEffect>
{
    static readonly string[] RunningApprovals =
    [
        nameof(ApprovalStateMachine.Approved), nameof(ApprovalStateMachine.RenewalUnderReview), nameof(ApprovalStateMachine.Suspended),
        nameof(ApprovalStateMachine.ApprovedTapering), nameof(ApprovalStateMachine.RenewalUnderReviewTapering),
        nameof(ApprovalStateMachine.SuspendedTapering),
    ];

    public async Task Consume(ConsumeContext<ProtocolVersionPublished> context)
    {
        var rules = context.Message.Protocol;
        if (rules.EffectiveFrom > clock.GetUtcNow())
            await context.SchedulePublish(rules.EffectiveFrom.UtcDateTime, new ProtocolVersionTakesEffect(rules), context.CancellationToken);
        else
            await Tell(context, rules);
    }

    public Task Consume(ConsumeContext<ProtocolVersionTakesEffect> context) => Tell(context, context.Message.Protocol);

    async Task Tell(ConsumeContext context, ProtocolVersionRules rules)
    {
        var now = clock.GetUtcNow();
        var running = await db.Approvals.AsNoTracking()
            .Where(s => s.ProtocolId == rules.ProtocolId && RunningApprovals.Contains(s.CurrentState))
            .Select(s => s.CorrelationId)
            .ToListAsync(context.CancellationToken);
        foreach (var requestId in running)
            await context.Publish(new ProtocolCapTakesEffect(requestId, rules, now), context.CancellationToken);
    }
}

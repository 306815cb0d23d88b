using Approvals.Contracts;
using Approvals.Domain.Protocols;
using Approvals.Workflow.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Workflow.Protocols;

/// <summary>
/// When a protocol version takes effect (now, or later through a durable timer), the running approvals of that protocol
/// whose approved dose is above its cap hear of it, picked by the decider's own <see cref="CapRule"/>; the case decider
/// then judges the taper and plans it. The messages go through the outbox with this consumer's commit.
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
            .Where(CapRule.Above<ApprovalState>(s => s.ApprovedDailyDoseMg, rules.MaxDailyDoseMg))
            .Select(s => s.CorrelationId)
            .ToListAsync(context.CancellationToken);
        foreach (var requestId in running)
            await context.Publish(new ProtocolCapTakesEffect(requestId, rules, now), context.CancellationToken);
    }
}

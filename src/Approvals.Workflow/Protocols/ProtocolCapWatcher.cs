using Approvals.Contracts;
using Approvals.Domain.Protocols;
using Approvals.Workflow.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Workflow.Protocols;

/// <summary>
/// When a protocol version takes effect (now, or later through a durable timer), every running approval of that
/// protocol above its cap is ordered to taper, with a plan from the version's taper rule. Orders go through the
/// outbox with this consumer's commit; the saga ignores one that no longer applies.
/// </summary>
public sealed class ProtocolCapWatcher(WorkflowDbContext db, TimeProvider clock)
    : IConsumer<ProtocolVersionPublished>, IConsumer<ProtocolVersionTakesEffect>
{
    static readonly string[] RunningApprovals = [nameof(ApprovalStateMachine.Approved), nameof(ApprovalStateMachine.Suspended)];

    public async Task Consume(ConsumeContext<ProtocolVersionPublished> context)
    {
        var rules = context.Message.Protocol;
        if (rules.EffectiveFrom > clock.GetUtcNow())
            await context.SchedulePublish(rules.EffectiveFrom.UtcDateTime, new ProtocolVersionTakesEffect(rules), context.CancellationToken);
        else
            await OrderTapers(context, rules);
    }

    public Task Consume(ConsumeContext<ProtocolVersionTakesEffect> context) => OrderTapers(context, context.Message.Protocol);

    async Task OrderTapers(ConsumeContext context, ProtocolVersionRules rules)
    {
        var version = rules.ToProtocolVersion();
        var now = clock.GetUtcNow();
        // Candidates by protocol and state in SQL; the dose compared here, where decimals are decimals on every provider.
        var running = await db.Approvals.AsNoTracking()
            .Where(s => s.ProtocolId == rules.ProtocolId && RunningApprovals.Contains(s.CurrentState))
            .Select(s => new { s.CorrelationId, s.ApprovedDailyDoseMg })
            .ToListAsync(context.CancellationToken);

        foreach (var approval in running.Where(a => a.ApprovedDailyDoseMg is { } dose && version.RequiresTaper(dose)))
        {
            var plan = version.PlanTaper(approval.ApprovedDailyDoseMg!.Value, now);
            var schedule = new TaperSchedule(version.Version, plan.TargetDailyDoseMg,
                [.. plan.Steps.Select(step => new TaperDose(step.From, step.DailyDoseMg))]);
            await context.Publish(new TaperOrdered(approval.CorrelationId, schedule, version.FollowUpInterval, now), context.CancellationToken);
        }
    }
}

using System.Text.Json;
using Approvals.Contracts;
using MassTransit;

namespace Approvals.Workflow;

/// <summary>
/// A protocol version with a lower cap reaches running approvals: above the cap, the approval is flagged for a taper
/// with its plan, and a follow-up is due within the new version's interval; a follow-up at or below the cap ends it.
/// </summary>
public sealed partial class ApprovalStateMachine
{
    void DefineTaper() =>
        During(Approved, Suspended,
            When(TaperOrdered, ctx => ctx.Saga.ApprovedDailyDoseMg > ctx.Message.Schedule.TargetDailyDoseMg)
                .Then(ctx =>
                {
                    ctx.Saga.Taper = JsonSerializer.Serialize(ctx.Message.Schedule);
                    var due = ctx.Message.At + ctx.Message.FollowUpInterval;
                    if (ctx.Saga.NextFollowUpDue is null || due < ctx.Saga.NextFollowUpDue)
                        ctx.Saga.NextFollowUpDue = due;
                })
                .If(ctx => !ctx.Saga.FollowUpOverdue, b => b
                    .Unschedule(FollowUpTimer)
                    .Schedule(FollowUpTimer, ctx => new FollowUpDue(ctx.Saga.CorrelationId), ctx => ctx.Saga.NextFollowUpDue!.Value.UtcDateTime))
                .Publish(ctx => NextEntry(ctx.Saga, CurrentStatus(ctx.Saga), ctx.Message.At, SystemActor,
                    $"Taper required: protocol version {ctx.Message.Schedule.ProtocolVersion} caps the dose at " +
                    $"{ctx.Message.Schedule.TargetDailyDoseMg} mg/day")));

    static TaperSchedule? TaperOf(ApprovalState saga) =>
        saga.Taper is { } json ? JsonSerializer.Deserialize<TaperSchedule>(json) : null;

    /// <summary>A follow-up reporting a dose within the cap completes the taper; any other report leaves it running.</summary>
    static string? TaperAfter(ApprovalState saga, decimal? reportedDailyDoseMg) =>
        TaperOf(saga) is { } taper && reportedDailyDoseMg <= taper.TargetDailyDoseMg ? null : saga.Taper;
}

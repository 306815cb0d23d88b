using MassTransit;

namespace Approvals.Workflow;

/// <summary>
/// Setting and cancelling the saga's timers from what an event says, as MassTransit's own schedule activities do: a
/// new timer replaces the one it holds a token for, and the token of the timer being handled is not cancelled.
/// </summary>
public sealed partial class ApprovalStateMachine
{
    static async Task Schedule<TMessage>(BehaviorContext<ApprovalState> ctx, Schedule<ApprovalState, TMessage> schedule, TMessage message,
        DateTimeOffset at)
        where TMessage : class
    {
        var previous = schedule.GetTokenId(ctx.Saga);
        var scheduler = ctx.GetPayload<MessageSchedulerContext>();
        var scheduled = await scheduler.ScheduleSend(at.UtcDateTime, message, ctx.CancellationToken);
        schedule.SetTokenId(ctx.Saga, scheduled.TokenId);
        if (previous is { } token && token != ctx.GetSchedulingTokenId())
            await scheduler.CancelScheduledSend(ctx.ReceiveContext.InputAddress, token, ctx.CancellationToken);
    }

    static async Task Unschedule(BehaviorContext<ApprovalState> ctx, params Schedule<ApprovalState>[] schedules)
    {
        foreach (var schedule in schedules)
        {
            if (schedule.GetTokenId(ctx.Saga) is not { } token)
                continue;
            if (token != ctx.GetSchedulingTokenId())
                await ctx.GetPayload<MessageSchedulerContext>().CancelScheduledSend(ctx.ReceiveContext.InputAddress, token, ctx.CancellationToken);
            schedule.SetTokenId(ctx.Saga, null);
        }
    }
}

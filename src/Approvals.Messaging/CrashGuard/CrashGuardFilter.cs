using DotNext.Threading;
using MassTransit;

namespace Approvals.Messaging.CrashGuard;

/// <summary>
/// Ends a crash loop early, and with only its culprit. RabbitMQ counts a consumer's death against every message it
/// held, so after a death nobody knows which message killed it. A first delivery runs as usual, beside others; a
/// redelivery runs alone (no other message of this process runs meanwhile) and is noted in the
/// <see cref="StrikeJournal"/> while it runs. A message that was running alone at <see cref="StrikesBeforeRefusal"/>
/// deaths goes to its error queue without running again, with the reason. The innocent messages held with it come back,
/// run alone one by one, and stay far below the quorum queue's delivery limit, which remains the backstop.
/// Two strikes, not one, so that one unrelated death (a deployment's kill, the machine's OOM killer) is not pinned on
/// whichever message happened to run alone.
/// </summary>
public sealed class CrashGuardFilter(StrikeJournal journal, AsyncReaderWriterLock gate) : IFilter<ConsumeContext>
{
    public const int StrikesBeforeRefusal = 2;

    public async Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        if (!context.ReceiveContext.Redelivered || context.MessageId is not { } messageId)
        {
            await gate.EnterReadLockAsync(context.CancellationToken);
            try
            {
                await next.Send(context);
            }
            finally
            {
                gate.Release();
            }

            return;
        }

        var queue = context.ReceiveContext.InputAddress.Segments[^1];
        var strikes = journal.Strikes(queue, messageId);
        if (strikes >= StrikesBeforeRefusal)
        {
            journal.Forget(queue, messageId); // An operator who moves it back from the error queue gets a fresh count.
            throw new CrashLoopException(messageId, strikes);
        }

        await gate.EnterWriteLockAsync(context.CancellationToken);
        try
        {
            journal.Strike(queue, messageId, strikes);
            try
            {
                await next.Send(context);
            }
            finally
            {
                // The run ended, whichever way: the process survived it, so earlier deaths were not this message's doing.
                journal.Forget(queue, messageId);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public void Probe(ProbeContext context) =>
        context.CreateFilterScope("crashGuard").Add("strikesBeforeRefusal", StrikesBeforeRefusal);
}

using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Approvals.Messaging.Hosting;

/// <summary>
/// A background service that repeats one round of work until the host stops: the next round starts at once when a
/// round says more is waiting (a full batch), otherwise after <see cref="WaitForNextRound"/>; a failed round is logged
/// and retried after <see cref="RetryDelay"/>; stopping ends the loop quietly, whatever it was waiting for.
/// </summary>
public abstract class PeriodicWork(ILogger logger) : BackgroundService
{
    /// <summary>The clock the pauses run on: the service's business clock where tests drive time through it.</summary>
    protected abstract TimeProvider WaitClock { get; }

    /// <summary>What a round does, as it reads in a log line ("Firing due timers").</summary>
    protected abstract string Work { get; }

    /// <summary>The pause between rounds when nothing more is waiting, and by default after a failure.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>One round; true when more work is already waiting, so the next round starts without a pause.</summary>
    protected abstract Task<bool> RunRound(CancellationToken cancellationToken);

    protected virtual Task WaitForNextRound(CancellationToken cancellationToken) => Task.Delay(Interval, WaitClock, cancellationToken);

    /// <summary>The pause after the given number of failed rounds in a row.</summary>
    protected virtual TimeSpan RetryDelay(int failures) => Interval;

    /// <summary>
    /// Failures that are part of normal operation and say all in their message, logged without a stack trace: a message
    /// the broker returned because its receiver has not declared its queue yet (a race with that service's start).
    /// </summary>
    protected virtual bool IsExpected(Exception exception) => exception is MessageReturnedException;

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var moreWaiting = await RunRound(stoppingToken);
                failures = 0;
                if (!moreWaiting)
                    await WaitForNextRound(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Broker or database away, or a race lost: the work stays stored and the next round picks it up.
                failures++;
                var delay = RetryDelay(failures);
                LogFailure(exception, failures, delay);
                try
                {
                    await Task.Delay(delay, WaitClock, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }

    void LogFailure(Exception exception, int failures, TimeSpan delay)
    {
        if (IsExpected(exception))
            logger.LogWarning("{Work} failed ({Failures} in a row): {Reason}; retrying in {Delay}", Work, failures, Reason(exception), delay);
        else
            logger.LogWarning(exception, "{Work} failed ({Failures} in a row); retrying in {Delay}", Work, failures, delay);
    }

    // The messages of the exception and its causes: a returned message names the exchange in its inner exception.
    static string Reason(Exception exception)
    {
        var messages = new List<string>();
        for (var cause = exception; cause is not null; cause = cause.InnerException)
            messages.Add(cause.Message);
        return string.Join(" ← ", messages);
    }
}

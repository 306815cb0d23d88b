using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Approvals.Workflow.Tests.Hosting;

public sealed class When_periodic_work_runs
{
    readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
    readonly RecordingLogger<ScriptedWork> logger = new();

    [Fact]
    public async Task Should_start_the_next_round_at_once_while_batches_are_full()
    {
        using var work = new ScriptedWork(clock, logger, () => true, () => true, () => false);
        await work.StartAsync(CancellationToken.None);

        await Eventually.True(() => work.Waits == 1, "a wait after the first idle round");
        Assert.Equal(3, work.Rounds);

        clock.Advance(ScriptedWork.Every);
        await Eventually.True(() => work.Rounds == 4, "the next round one interval later");
        await work.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Should_log_a_returned_message_without_its_stack_trace()
    {
        using var work = new ScriptedWork(clock, logger,
            () => throw new MessageReturnedException("The message was returned by RabbitMQ", new InvalidOperationException("312 NO_ROUTE")),
            () => throw new InvalidOperationException("database gone"));
        await work.StartAsync(CancellationToken.None);

        await Eventually.True(() => work.Rounds == 1 && logger.Entries.Count == 1, "the first failure logged");
        clock.Advance(ScriptedWork.Every);
        await Eventually.True(() => logger.Entries.Count == 2, "the second failure logged");
        await work.StopAsync(CancellationToken.None);

        var entries = logger.Entries.ToArray();
        Assert.All(entries, e => Assert.Equal(LogLevel.Warning, e.Level));
        Assert.Null(entries[0].Exception);
        Assert.Contains("The message was returned by RabbitMQ ← 312 NO_ROUTE", entries[0].Message);
        Assert.Contains("(1 in a row)", entries[0].Message);
        Assert.IsType<InvalidOperationException>(entries[1].Exception);
        Assert.Contains("(2 in a row)", entries[1].Message);
    }

    [Fact]
    public async Task Should_stop_cleanly_while_waiting_after_a_failure()
    {
        using var work = new ScriptedWork(clock, logger, () => throw new InvalidOperationException("broker away"));
        await work.StartAsync(CancellationToken.None);
        await Eventually.True(() => !logger.Entries.IsEmpty, "the failure logged");

        await work.StopAsync(CancellationToken.None);

        Assert.Equal(TaskStatus.RanToCompletion, work.ExecuteTask!.Status);
        Assert.Equal(1, work.Rounds);
    }
}

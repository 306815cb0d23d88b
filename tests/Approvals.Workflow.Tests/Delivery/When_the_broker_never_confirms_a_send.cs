using Approvals.Messaging.Outbox;

namespace Approvals.Workflow.Tests.Delivery;

/// <summary>
/// A publish whose confirm never comes (the RabbitMQ client can leave one waiting after the connection dropped) must
/// not stall a delivery loop for good: the bound turns it into a failure the loop retries, whether or not the send
/// honours its cancellation token.
/// </summary>
public sealed class When_the_broker_never_confirms_a_send
{
    static readonly TimeSpan Bound = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task Should_count_a_send_that_ignores_its_token_as_not_sent()
    {
        var neverConfirmed = new TaskCompletionSource();
        var attempt = BoundedSend.Run(_ => neverConfirmed.Task, Bound, CancellationToken.None);

        var finished = await Task.WhenAny(attempt, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.Same(attempt, finished);
        await Assert.ThrowsAsync<TimeoutException>(() => attempt);
    }

    [Fact]
    public async Task Should_cancel_the_send_itself_when_the_bound_runs_out()
    {
        var sendToken = CancellationToken.None;
        await Assert.ThrowsAsync<TimeoutException>(() => BoundedSend.Run(token =>
        {
            sendToken = token;
            return Task.Delay(Timeout.InfiniteTimeSpan, token);
        }, Bound, CancellationToken.None));
        // The send was told to stop, so a client that honours its token releases what it holds.
        Assert.True(sendToken.IsCancellationRequested);
    }

    [Fact]
    public async Task Should_report_a_shutdown_as_cancellation_not_as_a_timeout()
    {
        using var stopping = new CancellationTokenSource();
        var attempt = BoundedSend.Run(token => Task.Delay(Timeout.InfiniteTimeSpan, token), TimeSpan.FromMinutes(5), stopping.Token);
        await stopping.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => attempt);
    }

    [Fact]
    public async Task Should_let_a_confirmed_send_through()
    {
        var sends = 0;
        await BoundedSend.Run(_ => { sends++; return Task.CompletedTask; }, Bound, CancellationToken.None);
        Assert.Equal(1, sends);
    }
}

namespace Approvals.Messaging.Outbox;

/// <summary>
/// Bounds one send of a stored message. After the broker's connection drops, RabbitMQ.Client 7 can leave a publish
/// waiting for a confirm that never comes, even once the connection is back (rabbitmq-dotnet-client#1930), and a
/// background loop awaiting it would stop delivering for good. A send that outlives the bound counts as not sent and
/// is retried; should the lost confirm's message arrive after all, it carries the stored MessageId and the receiving
/// inbox drops the second copy.
/// </summary>
public static class BoundedSend
{
    public static async Task Run(Func<CancellationToken, Task> send, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(timeout);
        try
        {
            // WaitAsync gives up even when the send itself ignores its token.
            await send(bounded.Token).WaitAsync(bounded.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The broker did not confirm the send within {timeout}.");
        }
    }
}

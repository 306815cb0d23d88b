namespace Approvals.Messaging.Outbox;

/// <summary>Lets a committed handler wake its service's delivery loop instead of waiting for the next poll.</summary>
public sealed class BusOutboxSignal<TDbContext> : IDisposable
{
    readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled by a concurrent commit.
            }
        }
    }

    public void Dispose() => _signal.Dispose();

    public Task<bool> Wait(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}

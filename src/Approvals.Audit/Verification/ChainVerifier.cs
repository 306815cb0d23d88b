using System.Collections.Concurrent;
using System.Threading.Channels;
using Approvals.Audit.Persistence;

namespace Approvals.Audit.Verification;

/// <summary>
/// Walks the trail in sequence order and checks, entry by entry, that the numbering has no gap, that each entry names
/// its predecessor's hash, and that its own hash still matches its content. Streams: a year of entries is never in
/// memory at once, only a few batches of them. Reading the rows into canonical form and hashing them run side by side,
/// on two cores when there are two: a bounded channel hands batches from the reading stage to the checking one, which
/// hands them back to be filled again.
/// </summary>
public sealed class ChainVerifier(AuditDbContext db, TimeProvider clock)
{
    const int BatchesInFlight = 8;

    long _checked;
    readonly EntryReading _reading = EntryReading.Fastest;

    internal ChainVerifier(AuditDbContext db, TimeProvider clock, EntryReading reading) : this(db, clock) => _reading = reading;

    /// <summary>Entries checked so far by the running verification, for a progress display on another thread.</summary>
    public long EntriesChecked => Volatile.Read(ref _checked);

    public async Task<VerificationResult> VerifyAsync(CancellationToken cancellationToken)
    {
        using var check = new ChainCheck();
        var full = Channel.CreateBounded<EntryBatch>(new BoundedChannelOptions(BatchesInFlight) { SingleReader = true, SingleWriter = true });
        var empty = new ConcurrentQueue<EntryBatch>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var checking = Task.Run(() => CheckAsync(check, full.Reader, empty, stop), CancellationToken.None);
        try
        {
            // Its own thread: SQLite reads block, and this stage is busy for the whole verification.
            await Task.Factory.StartNew(() => ReadAsync(full.Writer, empty, stop.Token), stop.Token,
                TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Only a failed checking stage cancels on its own: its exception is the one to report.
        }
        finally
        {
            full.Writer.TryComplete();
            await Task.WhenAny(checking); // it stops using the check before the check is disposed, however the reading ended
        }

        await checking;
        return check.Result(clock.GetUtcNow());
    }

    async Task ReadAsync(ChannelWriter<EntryBatch> full, ConcurrentQueue<EntryBatch> empty, CancellationToken cancellationToken)
    {
        using var reader = EntryReaders.Open(db, _reading);
        while (true)
        {
            var batch = empty.TryDequeue(out var reused) ? reused : new EntryBatch();
            if (!await reader.FillAsync(batch, cancellationToken))
                return;
            await full.WriteAsync(batch, cancellationToken);
        }
    }

    async Task CheckAsync(ChainCheck check, ChannelReader<EntryBatch> full, ConcurrentQueue<EntryBatch> empty, CancellationTokenSource stop)
    {
        try
        {
            await foreach (var batch in full.ReadAllAsync(stop.Token))
            {
                check.Add(batch);
                Volatile.Write(ref _checked, check.Entries);
                empty.Enqueue(batch);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await stop.CancelAsync();
            throw;
        }
    }
}

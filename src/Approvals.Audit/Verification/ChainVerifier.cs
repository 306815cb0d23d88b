using Approvals.Audit.Chain;
using Approvals.Audit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Audit.Verification;

/// <summary>
/// Walks the trail in sequence order and checks, entry by entry, that the numbering has no gap, that each entry names
/// its predecessor's hash, and that its own hash still matches its content. Streams: a year of entries is never in
/// memory at once.
/// </summary>
public sealed class ChainVerifier(AuditDbContext db, TimeProvider clock)
{
    long _checked;

    /// <summary>Entries checked so far by the running verification, for a progress display on another thread.</summary>
    public long EntriesChecked => Volatile.Read(ref _checked);

    public async Task<VerificationResult> VerifyAsync(CancellationToken cancellationToken)
    {
        long count = 0;
        long? firstBroken = null;
        string? problem = null;
        long expectedSequence = 1;
        string? previousHash = null;
        AuditEntry? last = null;

        await foreach (var entry in db.Entries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            count++;
            Volatile.Write(ref _checked, count);
            last = entry;
            if (firstBroken is not null)
                continue;

            problem = Check(entry, expectedSequence, previousHash);
            if (problem is not null)
                firstBroken = entry.Sequence;
            expectedSequence = entry.Sequence + 1;
            previousHash = entry.Hash;
        }

        return new VerificationResult(firstBroken is null, count, firstBroken, problem, last?.Sequence, last?.Hash, clock.GetUtcNow());
    }

    static string? Check(AuditEntry entry, long expectedSequence, string? previousHash)
    {
        if (entry.Sequence != expectedSequence)
            return $"Expected entry {expectedSequence} here, found {entry.Sequence}: entries are missing or were renumbered.";
        if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
            return "The entry does not name its predecessor's hash: an entry before it was removed, inserted or changed.";
        if (!string.Equals(entry.Hash, AuditHash.Compute(entry), StringComparison.Ordinal))
            return "The entry's content no longer matches its hash: it was changed after it was recorded.";
        return null;
    }
}

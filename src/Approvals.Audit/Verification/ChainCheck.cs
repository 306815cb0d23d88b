using System.Security.Cryptography;

namespace Approvals.Audit.Verification;

/// <summary>
/// The checks themselves, fed the entries in sequence order. Up to the first broken entry each is checked; after it
/// the entries are only counted, as one break already makes the chain untrustworthy from there on.
/// </summary>
internal sealed class ChainCheck : IDisposable
{
    // One hash object for the whole walk: a one-shot hash sets up the algorithm again for every entry.
    readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    long _entries;
    long? _firstBroken;
    string? _problem;
    long _expectedSequence = 1;
    long? _lastSequence;
    readonly Utf8Text _lastHash = new();

    public long Entries => _entries;

    public void Add(EntryBatch batch)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            var slot = batch.Slots[i];
            if (_firstBroken is null)
            {
                _problem = Problem(slot);
                if (_problem is not null)
                    _firstBroken = slot.Sequence;
                _expectedSequence = slot.Sequence + 1;
            }

            // The last hash seen is the predecessor's for the next entry, and the chain's head at the end.
            _lastSequence = slot.Sequence;
            _lastHash.Set(slot.Hash);
        }

        _entries += batch.Count;
    }

    public VerificationResult Result(DateTimeOffset verifiedAt) =>
        new(_firstBroken is null, _entries, _firstBroken, _problem, _lastSequence, _lastSequence is null ? null : _lastHash.ToString(), verifiedAt);

    string? Problem(EntrySlot slot)
    {
        if (slot.Sequence != _expectedSequence)
            return $"Expected entry {_expectedSequence} here, found {slot.Sequence}: entries are missing or were renumbered.";
        if (!slot.PreviousHash.SameAs(_lastHash))
            return "The entry does not name its predecessor's hash: an entry before it was removed, inserted or changed.";
        if (!Seals(slot))
            return "The entry's content no longer matches its hash: it was changed after it was recorded.";
        return null;
    }

    /// <summary>Whether the stored hash is the lower-case hex of the recomputed one, compared as bytes, without a string.</summary>
    bool Seals(EntrySlot slot)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        _sha256.AppendData(slot.Form.Written);
        _sha256.GetHashAndReset(hash);
        Span<byte> hex = stackalloc byte[SHA256.HashSizeInBytes * 2];
        Convert.TryToHexStringLower(hash, hex, out _);
        return !slot.Hash.IsNull && hex.SequenceEqual(slot.Hash.Span);
    }

    public void Dispose() => _sha256.Dispose();
}

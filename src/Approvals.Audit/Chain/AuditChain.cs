using Approvals.Audit.Persistence;

namespace Approvals.Audit.Chain;

/// <summary>Turns a draft into the entry that follows the chain's head.</summary>
public static class AuditChain
{
    /// <param name="head">The last entry's sequence and hash; null for an empty trail.</param>
    public static AuditEntry Link(AuditDraft draft, ChainHead? head, DateTimeOffset recordedAt)
    {
        var entry = new AuditEntry
        {
            Sequence = (head?.Sequence ?? 0) + 1,
            RecordedAt = recordedAt,
            OccurredAt = draft.OccurredAt,
            ActorId = draft.ActorId,
            ActorName = draft.ActorName,
            ActorRole = draft.ActorRole,
            Action = draft.Action,
            EntityType = draft.EntityType,
            EntityId = draft.EntityId,
            EntityVersion = draft.EntityVersion,
            RequestId = draft.RequestId,
            OldValues = draft.OldValues,
            NewValues = draft.NewValues,
            Reason = draft.Reason,
            CorrelationId = draft.CorrelationId,
            MessageId = draft.MessageId,
            PreviousHash = head?.Hash,
        };
        entry.Hash = AuditHash.Compute(entry);
        return entry;
    }
}

/// <summary>The newest entry's place in the chain.</summary>
public sealed record ChainHead(long Sequence, string Hash);

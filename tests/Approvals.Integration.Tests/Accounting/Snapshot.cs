namespace Approvals.Integration.Tests.Accounting;

/// <summary>What the services' databases held at one moment.</summary>
public sealed record Snapshot(
    IReadOnlyList<RequestRow> Requests,
    IReadOnlyList<HistoryRow> History,
    IReadOnlyList<ReviewRow> Reviews,
    IReadOnlyList<SagaRow> Sagas,
    IReadOnlyDictionary<string, OutboxCount> Outbox,
    IReadOnlyDictionary<string, int> InboxRows);

public sealed record RequestRow(Guid Id, string IdempotencyKey, string Status);

public sealed record HistoryRow(Guid RequestId, int Sequence, string Status);

public sealed record ReviewRow(Guid Id, Guid RequestId, string Status, string? Outcome, string? DecidedBy);

public sealed record SagaRow(Guid RequestId, string State);

/// <summary>Rows in an outbox table, and how many of them are only kept for replay (delivered).</summary>
public sealed record OutboxCount(int Rows, int Delivered)
{
    public int Pending => Rows - Delivered;
}

public sealed record InboxRow(Guid ConsumerId, int ReceiveCount, bool Consumed, bool Delivered);

using Approvals.Audit.Persistence;
using Approvals.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Approvals.Audit.Verification;

/// <summary>How the reading stage gets the entries: <see cref="Fastest"/> picks the raw SQLite cursor where it can.</summary>
internal enum EntryReading
{
    Fastest,

    /// <summary>EF on any provider; also what tests use to check that both readings agree.</summary>
    Portable,
}

/// <summary>Reads the trail in sequence order into canonical forms, a batch at a time.</summary>
internal interface IEntryReader : IDisposable
{
    /// <summary>Fills <paramref name="batch"/> from where the last call stopped; false when the trail is exhausted and nothing was added.</summary>
    ValueTask<bool> FillAsync(EntryBatch batch, CancellationToken cancellationToken);
}

internal static class EntryReaders
{
    public static IEntryReader Open(AuditDbContext db, EntryReading reading) =>
        (reading == EntryReading.Fastest ? SqliteEntryReader.TryOpen(db) : null) as IEntryReader ?? new EfEntryReader(db);
}

/// <summary>Through EF, entity by entity, on whichever provider the trail is stored.</summary>
internal sealed class EfEntryReader(AuditDbContext db) : IEntryReader
{
    readonly IAsyncEnumerator<AuditEntry> _entries =
        db.Entries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().GetAsyncEnumerator();

    public async ValueTask<bool> FillAsync(EntryBatch batch, CancellationToken cancellationToken)
    {
        batch.Count = 0;
        while (!batch.IsFull && await _entries.MoveNextAsync())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = _entries.Current;
            var slot = batch.Next();
            slot.Sequence = entry.Sequence;
            slot.Form.Of(entry);
            slot.Hash.Set(entry.Hash);
            slot.PreviousHash.Set(entry.PreviousHash);
        }

        return batch.Count > 0;
    }

    public void Dispose() => _entries.DisposeAsync().AsTask().GetAwaiter().GetResult();
}

/// <summary>
/// Straight from SQLite's rows into the canonical form: stored text is already UTF-8, so it is copied, never decoded
/// into a string and encoded again. Columns are named from the model, so a renamed column cannot be read by mistake.
/// </summary>
internal sealed class SqliteEntryReader(SqliteRowCursor rows) : IEntryReader
{
    enum Column
    {
        Sequence, RecordedAt, OccurredAt, ActorId, ActorName, ActorRole, Action, EntityType, EntityId, EntityVersion,
        RequestId, OldValues, NewValues, Reason, CorrelationId, MessageId, PreviousHash, Hash,
    }

    public static SqliteEntryReader? TryOpen(AuditDbContext db) =>
        SqliteRowCursor.Open(db, Query(db)) is { } rows ? new SqliteEntryReader(rows) : null;

    /// <summary>Every column in <see cref="Column"/> order, in sequence order.</summary>
    static string Query(AuditDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(AuditEntry))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Name(Column column) => sql.DelimitIdentifier(entity.FindProperty(column.ToString())!.GetColumnName(table)!);
        return $"SELECT {string.Join(", ", Enum.GetValues<Column>().Select(Name))} FROM {sql.DelimitIdentifier(table.Name, table.Schema)} " +
               $"ORDER BY {Name(Column.Sequence)}";
    }

    public ValueTask<bool> FillAsync(EntryBatch batch, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        batch.Count = 0;
        while (!batch.IsFull && rows.Read())
        {
            var slot = batch.Next();
            slot.Sequence = rows.Number((int)Column.Sequence);
            slot.Form.Begin().Number(slot.Sequence).Time(rows.UtcTicks((int)Column.RecordedAt)).Time(rows.UtcTicks((int)Column.OccurredAt));
            for (var text = Column.ActorId; text <= Column.EntityId; text++)
                Text(slot, text);
            slot.Form.Number(rows.IsNull((int)Column.EntityVersion) ? null : rows.Number((int)Column.EntityVersion));
            Id(slot, Column.RequestId);
            for (var text = Column.OldValues; text <= Column.Reason; text++)
                Text(slot, text);
            Id(slot, Column.CorrelationId);
            Id(slot, Column.MessageId);
            Text(slot, Column.PreviousHash);
            Stored(slot.PreviousHash, Column.PreviousHash);
            Stored(slot.Hash, Column.Hash);
        }

        return ValueTask.FromResult(batch.Count > 0);
    }

    void Text(EntrySlot slot, Column column)
    {
        if (rows.IsNull((int)column))
            slot.Form.Text((string?)null);
        else
            slot.Form.Text(rows.Utf8((int)column));
    }

    void Id(EntrySlot slot, Column column) => slot.Form.Id(rows.IsNull((int)column) ? null : rows.Id((int)column));

    void Stored(Utf8Text text, Column column)
    {
        if (rows.IsNull((int)column))
            text.SetNull();
        else
            text.Set(rows.Utf8((int)column));
    }

    public void Dispose() => rows.Dispose();
}

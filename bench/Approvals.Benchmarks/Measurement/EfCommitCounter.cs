using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Approvals.Benchmarks.Measurement;

/// <summary>
/// Counts database commits as EF sees them: every committed explicit transaction, plus every SaveChanges that ran
/// outside one (autocommit, or EF's own transaction: counted once either way).
/// </summary>
public sealed class EfCommitCounter : DbTransactionInterceptor, ISaveChangesInterceptor
{
    readonly ConditionalWeakTable<DbContext, ImplicitSave> _saves = new();
    long _commits;

    public long Commits => Interlocked.Read(ref _commits);

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Saving(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Saving(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context, result);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context, result);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context)
            _saves.Remove(context);
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    void Committed(DbContext? context)
    {
        Interlocked.Increment(ref _commits);
        if (context is not null && _saves.TryGetValue(context, out var save))
            save.Committed = true;
    }

    void Saving(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
            _saves.AddOrUpdate(context, new ImplicitSave());
    }

    /// <summary>A save outside any transaction whose own commit EF did not report (autocommit) is one commit.</summary>
    void Saved(DbContext? context, int rows)
    {
        if (context is null || !_saves.TryGetValue(context, out var save))
            return;
        _saves.Remove(context);
        if (!save.Committed && rows > 0)
            Interlocked.Increment(ref _commits);
    }

    sealed class ImplicitSave
    {
        public bool Committed { get; set; }
    }
}

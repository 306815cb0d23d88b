using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Approvals.Audit.Persistence;
using Approvals.Intake.Persistence;
using Approvals.Messaging.Outbox;
using Approvals.Review.Persistence;
using Approvals.Server.Tests.Infrastructure;
using Approvals.Workflow.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Server.Tests.Fuzz;

/// <summary>
/// What each HTTP request committed to any service's database, keyed by its trace id (which every problem carries).
/// Effects the bus carries on later run outside any request, so a refused call is judged by its own writes alone, with
/// no waiting for the workflow to settle.
/// </summary>
public sealed class RequestWrites(IHttpContextAccessor http) : SaveChangesInterceptor
{
    readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _committed = new(StringComparer.Ordinal);
    readonly ConditionalWeakTable<DbContext, List<string>> _saving = [];

    public IReadOnlyList<string> Of(string traceId) => _committed.TryGetValue(traceId, out var writes) ? [.. writes] : [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Commit(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Commit(eventData.Context);
        return ValueTask.FromResult(result);
    }

    void Remember(DbContext? db)
    {
        if (db is null || http.HttpContext is null)
            return;
        _saving.AddOrUpdate(db, [.. db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity is BusOutboxMessage message ? $"{e.State} message {message.MessageType}" : $"{e.State} {e.Metadata.ClrType.Name}")]);
    }

    void Commit(DbContext? db)
    {
        if (db is null || http.HttpContext is not { } context || !_saving.TryGetValue(db, out var writes))
            return;
        _saving.Remove(db);
        var committed = _committed.GetOrAdd(context.TraceIdentifier, _ => new ConcurrentQueue<string>());
        foreach (var write in writes)
            committed.Enqueue(write);
    }
}

/// <summary>The server of <see cref="ApprovalsApiFactory"/>, recording what each request commits in <see cref="Writes"/>.</summary>
public sealed class FuzzApiFactory : ApprovalsApiFactory
{
    public RequestWrites Writes => Services.GetRequiredService<RequestWrites>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpContextAccessor();
            services.AddSingleton<RequestWrites>();
            Observe<IntakeDbContext>(services);
            Observe<ReviewDbContext>(services);
            Observe<WorkflowDbContext>(services);
            Observe<AuditDbContext>(services);
        });
    }

    static void Observe<TContext>(IServiceCollection services) where TContext : DbContext =>
        services.ConfigureDbContext<TContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<RequestWrites>()));
}

using System.Collections.Concurrent;
using System.Text.Json;
using Approvals.Messaging.Outbox;
using Approvals.Messaging.Scheduling;
using Approvals.Persistence;
using Approvals.Workflow.Persistence;
using MassTransit;
using MassTransit.Context;
using MassTransit.Serialization;
using MassTransit.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Approvals.Workflow.Tests.Scheduling;

/// <summary>What a test timer sends; it names its timer, so a MessageId other than the token shows.</summary>
public sealed record TimerProbe(Guid TimerId);

/// <summary>
/// The durable scheduler's table in a real, migrated SQLite file of its own (deleted on dispose), or a PostgreSQL
/// database of its own in the private cluster (dropped on dispose), its dispatcher on a fake clock, and the in-memory bus with a consumer on the queue the timers name, which records what arrived.
/// </summary>
public sealed class TimerTable : IAsyncDisposable
{
    public const string Queue = "timer-probe";

    readonly ServiceProvider _provider;
    readonly string _path;
    readonly PostgresTestDatabase? _postgres;

    TimerTable(ServiceProvider provider, string path, PostgresTestDatabase? postgres)
    {
        _provider = provider;
        _path = path;
        _postgres = postgres;
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));

    /// <summary>Arrivals by MessageId, and how many carried a MessageId other than their timer's token.</summary>
    public ConcurrentDictionary<Guid, int> Received { get; } = new();
    public int WrongIds => _wrongIds;
    int _wrongIds;

    public IBus Bus => _provider.GetRequiredService<IBus>();

    public static async Task<TimerTable> Start(Action<SchedulerOptions> scheduler, DatabaseProvider database = DatabaseProvider.Sqlite)
    {
        var path = Path.Combine(Path.GetTempPath(), $"approvals-timer-tests-{Guid.NewGuid():N}.db");
        var postgres = database == DatabaseProvider.PostgreSql ? PostgresTestDatabase.Create() : null;
        var connectionString = postgres?.ConnectionString ?? $"Data Source={path}";
        TimerTable? table = null;
        var provider = new ServiceCollection()
            .AddSingleton<TimeProvider>(_ => table!.Clock)
            .AddDbContext<WorkflowDbContext>(db =>
                DatabaseRegistration.Configure(db, database, connectionString, WorkflowDbContext.SchemaName))
            .AddSingleton(_ => table!)
            .AddDurableScheduler<WorkflowDbContext>(new ConfigurationBuilder().Build())
            .Configure(scheduler)
            .AddOptions()
            .Configure<OutboxOptions>(_ => { })
            // The poller would fire on its own; the tests fire rounds one by one.
            .RemoveAll<IHostedService>()
            .AddMassTransitTestHarness(bus => bus.AddConsumer<Recorder>().Endpoint(e => e.Name = Queue))
            .BuildServiceProvider(validateScopes: true);
        table = new TimerTable(provider, path, postgres);
        await using (var scope = provider.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Database.MigrateAsync();
        await provider.GetTestHarness().Start();
        return table;
    }

    /// <summary>A scheduler instance of its own on the same table and bus: another process's poller, as far as the claim goes.</summary>
    public ScheduledMessageDispatcher<WorkflowDbContext> Dispatcher() =>
        new(_provider.GetRequiredService<IServiceScopeFactory>(), Bus, _provider.GetRequiredService<IOptions<SchedulerOptions>>(),
            _provider.GetRequiredService<IOptions<OutboxOptions>>(), Clock);

    public Task<int> FireDue() => _provider.GetRequiredService<ScheduledMessageDispatcher<WorkflowDbContext>>().FireDue(CancellationToken.None);

    /// <summary>Stores <paramref name="count"/> timers due one second apart from now, oldest first, as the scheduler's consumer stores them.</summary>
    public async Task<IReadOnlyList<Guid>> Store(int count)
    {
        var tokens = Enumerable.Range(0, count).Select(_ => NewId.NextGuid()).ToList();
        await using var scope = _provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var destination = new Uri($"queue:{Queue}");
        db.AddRange(tokens.Select((token, i) => new DurableTimer
        {
            TokenId = token,
            DueAt = Clock.GetUtcNow() + TimeSpan.FromSeconds(i),
            DestinationAddress = destination.ToString(),
            ContentType = SystemTextJsonMessageSerializer.JsonContentType.ToString(),
            MessageType = MessageUrn.ForTypeString<TimerProbe>(),
            Body = SystemTextJsonMessageSerializer.Instance.GetMessageBody(
                new MessageSendContext<TimerProbe>(new TimerProbe(token)) { MessageId = token, DestinationAddress = destination }).GetString(),
            Headers = JsonSerializer.Serialize(new Dictionary<string, object> { [MessageHeaders.SchedulingTokenId] = token.ToString("D") },
                SystemTextJsonMessageSerializer.Options),
            Created = Clock.GetUtcNow(),
        }));
        await db.SaveChangesAsync();
        return tokens;
    }

    /// <summary>What the scheduler's consumer does when a timer is scheduled again under its token: a new due time, no lock.</summary>
    public async Task Reschedule(Guid token, DateTimeOffset dueAt)
    {
        await using var scope = _provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Set<DurableTimer>().Where(t => t.TokenId == token)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.DueAt, dueAt).SetProperty(t => t.LockId, (Guid?)null).SetProperty(t => t.LockedUntil, (DateTimeOffset?)null));
    }

    public async Task<IReadOnlyList<DurableTimer>> Stored()
    {
        await using var scope = _provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Set<DurableTimer>().AsNoTracking().OrderBy(t => t.DueAt).ToListAsync();
    }

    /// <summary>Waits until every one of <paramref name="tokens"/> arrived (and a moment more, so a second copy would show).</summary>
    public async Task Arrived(IEnumerable<Guid> tokens)
    {
        var expected = tokens.ToList();
        await Eventually.True(() => Task.FromResult(expected.All(Received.ContainsKey)),
            () => $"{expected.Count(t => !Received.ContainsKey(t))} of {expected.Count} timers still to arrive");
        await Task.Delay(100);
    }

    sealed class Recorder(TimerTable table) : IConsumer<TimerProbe>
    {
        public Task Consume(ConsumeContext<TimerProbe> context)
        {
            if (context.MessageId != context.Message.TimerId)
                Interlocked.Increment(ref table._wrongIds);
            table.Received.AddOrUpdate(context.Message.TimerId, 1, (_, n) => n + 1);
            return Task.CompletedTask;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        if (_postgres is not null)
            await _postgres.DisposeAsync();
        SqliteConnection.ClearPool(new SqliteConnection($"Data Source={_path}"));
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            File.Delete(file);
    }
}

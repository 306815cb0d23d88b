using Approvals.Messaging.Outbox;
using Approvals.Persistence;
using Approvals.Messaging.Scheduling;
using Approvals.Workflow.Persistence;
using Approvals.Workflow.Tests.Harness;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Approvals.Workflow.Tests.Repository;

/// <summary>
/// The saga on the test harness, persisted by our EF repository in a real, migrated SQLite file of its own (deleted on
/// dispose), registered as the server registers it (endpoint policy: message retry, partitioning by case, our
/// inbox/outbox) unless a test turns retry off.
/// </summary>
public sealed class SqliteWorkflow : IAsyncDisposable
{
    readonly ServiceProvider _provider;
    readonly string _path;

    SqliteWorkflow(ServiceProvider provider, string path)
    {
        _provider = provider;
        _path = path;
        Harness = provider.GetTestHarness();
        Saga = Harness.GetSagaStateMachineHarness<ApprovalStateMachine, ApprovalState>();
    }

    public ITestHarness Harness { get; }
    public ISagaStateMachineTestHarness<ApprovalStateMachine, ApprovalState> Saga { get; }
    public MessageTracker Tracker { get; } = new();
    public SentMessageLog Sent { get; } = new();
    public string ConnectionString => $"Data Source={_path}";

    /// <param name="retry">false: only the outbox, no message retry, so a lost race surfaces as a fault.</param>
    /// <param name="interceptor">Added to every WorkflowDbContext, e.g. to simulate a competing writer.</param>
    /// <param name="clock">
    /// Given: timers go to our durable scheduler on this clock (fire them with <see cref="FireDueTimers"/>) instead of
    /// the harness's in-memory delays; the same file can then be opened again to simulate a restart.
    /// </param>
    public static async Task<SqliteWorkflow> Start(bool retry = true, IInterceptor? interceptor = null, FakeTimeProvider? clock = null,
        string? path = null)
    {
        path ??= Path.Combine(Path.GetTempPath(), $"approvals-workflow-tests-{Guid.NewGuid():N}.db");
        var connectionString = $"Data Source={path}";
        var services = new ServiceCollection()
            .Configure<WorkflowOptions>(_ => { })
            .AddSingleton<TimeProvider>(clock ?? TimeProvider.System);
        if (clock is not null)
            services.AddDurableScheduler<WorkflowDbContext>(new ConfigurationBuilder().Build());
        var provider = services
            .AddDbContext<WorkflowDbContext>(b =>
            {
                DatabaseRegistration.Configure(b, DatabaseProvider.Sqlite, connectionString, WorkflowDbContext.SchemaName);
                if (interceptor is not null)
                    b.AddInterceptors(interceptor);
            })
            .AddInboxOutbox<WorkflowDbContext>(new ConfigurationBuilder().Build())
            // The outbox's background loops (bus-outbox delivery, cleanup, replay) serve HTTP handlers and restarts, not
            // these specs; the harness would otherwise wait out its timeout stopping them.
            .RemoveAll<IHostedService>()
            .AddMassTransitTestHarness(x =>
            {
                // Let the race tests really race: several messages in flight at once.
                x.AddWorkflowMessaging(new WorkflowEndpointSettings { Retry = retry, PrefetchCount = 16, ConcurrentMessageLimit = 8 });
                if (clock is not null)
                {
                    x.AddMessageScheduler(SchedulerAddress.Uri);
                    x.UsingInMemory((ctx, cfg) =>
                    {
                        cfg.UseMessageScheduler(SchedulerAddress.Uri);
                        cfg.ConfigureEndpoints(ctx);
                    });
                }
            })
            .BuildServiceProvider(validateScopes: true);

        var workflow = new SqliteWorkflow(provider, path);
        try
        {
            await using (var scope = provider.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Database.MigrateAsync();
            workflow.Harness.Bus.ConnectReceiveObserver(workflow.Tracker);
            workflow.Harness.Bus.ConnectSendObserver(workflow.Sent);
            await workflow.Harness.Start();
            return workflow;
        }
        catch
        {
            await workflow.DisposeAsync();
            throw;
        }
    }

    /// <summary>Publishes with a fresh message id and waits until processed (retries included); true when it faulted.</summary>
    public Task<bool> PublishAndWait(object message) => PublishAndWait(message, NewId.NextGuid());

    /// <summary>The same with a given message id, as a redelivery or a publisher's retry would carry it again.</summary>
    public async Task<bool> PublishAndWait(object message, Guid messageId)
    {
        var processed = Tracker.ProcessedAgain(messageId);
        await Harness.Bus.Publish(message, ctx => ctx.MessageId = messageId);
        return await processed;
    }

    /// <summary>Publishes all messages at once, each with its own message id, and waits for all; the number that faulted.</summary>
    public async Task<int> PublishConcurrently(IEnumerable<object> messages)
    {
        var faulted = await Task.WhenAll(messages.Select(m => Task.Run(() => PublishAndWait(m))));
        return faulted.Count(f => f);
    }

    /// <summary>The saga rows of one request, read with plain SQL so the table and column names are checked too.</summary>
    public async Task<IReadOnlyList<SagaRow>> Rows(Guid requestId)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT CurrentState, Version, TimelineSequence FROM ApprovalSagas WHERE upper(RequestId) = upper($id)";
        command.Parameters.AddWithValue("$id", requestId.ToString());
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<SagaRow>();
        while (await reader.ReadAsync())
            rows.Add(new SagaRow(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2)));
        return rows;
    }

    /// <summary>Fires the durable scheduler's timers due by the fake clock; returns how many were sent.</summary>
    public Task<int> FireDueTimers() =>
        _provider.GetRequiredService<ScheduledMessageDispatcher<WorkflowDbContext>>().FireDue(CancellationToken.None);

    /// <summary>A second host on the same database file, running beside this one (a second service instance).</summary>
    public Task<SqliteWorkflow> Twin(FakeTimeProvider clock) => StartTwin(clock, _path);

    static async Task<SqliteWorkflow> StartTwin(FakeTimeProvider clock, string path)
    {
        var twin = await Start(clock: clock, path: path);
        twin._handedOver = true; // the first host owns and deletes the file
        return twin;
    }

    /// <summary>Stops this host and starts another on the same database file: what a process restart leaves behind.</summary>
    public async Task<SqliteWorkflow> Restart(FakeTimeProvider clock)
    {
        await _provider.DisposeAsync();
        _handedOver = true;
        return await Start(clock: clock, path: _path);
    }

    /// <summary>
    /// Waits until nothing is in the receive pipeline and nothing new arrived for a moment: the schedule and cancel
    /// requests the saga sent after its last commit have reached the scheduler's table.
    /// </summary>
    public async Task Quiesce()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        var last = Tracker.Activity;
        var quietSince = DateTime.UtcNow;
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
            var now = Tracker.Activity;
            if (now != last || now.InFlight > 0)
            {
                last = now;
                quietSince = DateTime.UtcNow;
            }
            else if (DateTime.UtcNow - quietSince >= TimeSpan.FromMilliseconds(200))
                return;
        }

        Assert.Fail("The bus never went quiet.");
    }

    /// <summary>Timers still pending in the scheduler's table.</summary>
    public async Task<int> PendingTimers()
    {
        await using var scope = _provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Set<DurableTimer>().CountAsync(t => !t.Cancelled);
    }

    /// <summary>
    /// Undoes the cancellation of a timer of <typeparamref name="T"/> and makes it due at <paramref name="dueAt"/>: a
    /// timer that fired although the saga had already cancelled it (the cancel lost the race).
    /// </summary>
    public async Task ReviveCancelledTimer<T>(DateTimeOffset dueAt)
    {
        await using var scope = _provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var cancelled = await db.Set<DurableTimer>().Where(t => t.Cancelled).ToListAsync();
        var timer = Assert.Single(cancelled, t => t.MessageType.Contains(typeof(T).Name, StringComparison.Ordinal));
        timer.Cancelled = false;
        timer.DueAt = dueAt;
        await db.SaveChangesAsync();
    }

    /// <summary>One pass of the inbox cleanup the service runs in the background, on <paramref name="clock"/>.</summary>
    public Task<int> ForgetExpiredMessageIds(TimeProvider clock) =>
        new InboxCleanupService<WorkflowDbContext>(_provider.GetRequiredService<IServiceScopeFactory>(),
                _provider.GetRequiredService<IOptions<OutboxOptions>>(), clock, NullLogger<InboxCleanupService<WorkflowDbContext>>.Instance)
            .RemoveExpired(CancellationToken.None);

    /// <summary>The inbox rows (one per consumer) that remember <paramref name="messageId"/>.</summary>
    public async Task<int> InboxRows(Guid messageId)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Set<InboxState>().CountAsync(i => i.MessageId == messageId);
    }

    /// <summary>When the inbox marked <paramref name="messageId"/>'s outgoing messages delivered (null: not yet).</summary>
    public async Task<DateTimeOffset?> DeliveredAt(Guid messageId)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Set<InboxState>()
            .Where(i => i.MessageId == messageId).Select(i => i.Delivered).SingleAsync();
    }

    public async Task<SagaRow> Row(Guid requestId) => Assert.Single(await Rows(requestId));

    /// <summary>The saga as EF reads it back (checks the value conversions round-trip).</summary>
    public async Task<ApprovalState> Load(Guid requestId)
    {
        await using var scope = _provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        return await db.Approvals.AsNoTracking().SingleAsync(x => x.CorrelationId == requestId);
    }

    /// <summary>
    /// Messages the saga published or sent. The outbox delivers them after the commit as stored envelopes, which
    /// <see cref="SentMessageLog"/> reads back; faults MassTransit publishes itself are in the harness's list.
    /// </summary>
    public IReadOnlyList<T> Published<T>(Func<T, bool> filter)
        where T : class =>
        Harness.Published.Select<T>(x => filter(x.Context.Message), new CancellationToken(true))
            .Select(x => (x.Context.MessageId, x.Context.Message))
            .Concat(Sent.Of<T>().Where(x => filter(x.Message)))
            .DistinctBy(x => x.Item1)
            .Select(x => x.Item2)
            .ToList();

    public IReadOnlyList<T> SentTo<T>(Func<T, bool> filter)
        where T : class =>
        Sent.Of<T>().Where(x => filter(x.Message)).Select(x => x.Message).ToList();

    bool _handedOver;

    public async ValueTask DisposeAsync()
    {
        if (_handedOver)
        {
            await _provider.DisposeAsync();
            return;
        }
        await _provider.DisposeAsync();
        // Pooled connections keep the file open; release this database's pool only, then remove it and its WAL files.
        SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            File.Delete(file);
    }
}

public sealed record SagaRow(string CurrentState, int Version, int TimelineSequence);

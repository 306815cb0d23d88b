using Approvals.Contracts;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Approvals.Workflow.Tests.Harness;

/// <summary>
/// The saga on MassTransit's test harness with the in-memory saga repository: one fresh provider per test, a fake
/// clock fixed at <see cref="TestMessages.Now"/>, and helpers that wait for a message to be processed instead of sleeping.
/// Deliberately not <see cref="WorkflowRegistration.AddWorkflowMessaging"/>: these specs judge the state machine's
/// answers without a database, whereas the registration's endpoint policy is the EF inbox/outbox and the durable
/// scheduler on WorkflowDbContext; <see cref="Repository.SqliteWorkflow"/> runs the saga as registered.
/// </summary>
public sealed class WorkflowHarness : IAsyncDisposable
{
    readonly ServiceProvider _provider;

    WorkflowHarness(ServiceProvider provider)
    {
        _provider = provider;
        Harness = provider.GetTestHarness();
        Saga = Harness.GetSagaStateMachineHarness<ApprovalStateMachine, ApprovalState>();
    }

    static readonly Uri HeldTimers = new("queue:held-timers");

    public ITestHarness Harness { get; }
    public ISagaStateMachineTestHarness<ApprovalStateMachine, ApprovalState> Saga { get; }
    public MessageTracker Tracker { get; } = new();

    public static async Task<WorkflowHarness> Start(Action<WorkflowOptions>? options = null)
    {
        var provider = new ServiceCollection()
            .Configure<WorkflowOptions>(o => options?.Invoke(o))
            .AddSingleton<TimeProvider>(new FakeTimeProvider(TestMessages.Now))
            .AddMassTransitTestHarness(x =>
            {
                x.AddSagaStateMachine<ApprovalStateMachine, ApprovalState>();
                // Timers are the durable scheduler's business (the SqliteWorkflow specs). Here schedule requests only
                // queue up unconsumed: an approval's months-long timers would overflow the in-memory transport's delay
                // queue, which holds at most 49 days.
                x.AddMessageScheduler(HeldTimers);
                x.UsingInMemory((context, cfg) =>
                {
                    cfg.UseMessageScheduler(HeldTimers);
                    cfg.ConfigureEndpoints(context);
                });
            })
            .BuildServiceProvider(validateScopes: true);
        var harness = new WorkflowHarness(provider);
        harness.Harness.Bus.ConnectReceiveObserver(harness.Tracker);
        await harness.Harness.Start();
        return harness;
    }

    /// <summary>Publishes and waits until the saga processed the message; true when it faulted.</summary>
    public async Task<bool> PublishAndWait(object message)
    {
        var messageId = NewId.NextGuid();
        var processed = Tracker.Processed(messageId);
        await Harness.Bus.Publish(message, ctx => ctx.MessageId = messageId);
        return await processed;
    }

    /// <summary>Publishes, waits until processed, and fails the test unless the saga is now in <paramref name="state"/>.</summary>
    public async Task Publish(object message, Func<ApprovalStateMachine, State> state)
    {
        Assert.False(await PublishAndWait(message), $"The saga faulted on {message.GetType().Name}.");
        Assert.True(await Saga.Exists(TestMessages.RequestIdOf(message), state, TimeSpan.FromSeconds(1)) is not null,
            $"The saga is not {state(Saga.StateMachine).Name} after {message.GetType().Name}.");
    }

    /// <summary>Submits a request and waits until its review is open.</summary>
    public async Task<Guid> Submitted(Urgency urgency = Urgency.Standard)
    {
        var id = NewId.NextGuid();
        await Publish(TestMessages.Submission(id, urgency), m => m.UnderReview);
        return id;
    }

    /// <summary>Publishes a message the saga should ignore and waits until it did; a fault fails the test.</summary>
    public async Task PublishIgnored(object message) =>
        Assert.False(await PublishAndWait(message), $"The saga faulted on {message.GetType().Name} instead of ignoring it.");

    public ApprovalState Instance(Guid id) =>
        Saga.Sagas.Contains(id) ?? throw new InvalidOperationException($"No saga instance {id}.");

    /// <summary>The request's timeline entries published so far, in sequence order.</summary>
    public IReadOnlyList<RequestStatusChanged> Timeline(Guid id) =>
        Published<RequestStatusChanged>(m => m.RequestId == id).OrderBy(m => m.Sequence).ToList();

    // Reads are snapshots: with a cancelled token the harness lists return what they hold instead of waiting for more.
    public IReadOnlyList<T> Published<T>(Func<T, bool> filter)
        where T : class =>
        Harness.Published.Select<T>(x => filter(x.Context.Message), Snapshot).Select(x => x.Context.Message).ToList();

    public IReadOnlyList<(T Message, Uri? Destination)> Sent<T>(Func<T, bool> filter)
        where T : class =>
        Harness.Sent.Select<T>(x => filter(x.Context.Message), Snapshot).Select(x => (x.Context.Message, x.Context.DestinationAddress)).ToList();

    /// <summary>Everything the saga published or sent about one request, counted.</summary>
    public Outputs OutputsOf(Guid id)
    {
        var timeline = Timeline(id);
        return new Outputs(
            timeline.Count,
            timeline.Count == 0 ? 0 : timeline.Max(e => e.Sequence),
            Published<ApprovalGranted>(m => m.RequestId == id).Count,
            Published<ApprovalDenied>(m => m.RequestId == id).Count,
            Sent<OpenReview>(m => m.RequestId == id).Count,
            Sent<ResumeReview>(m => m.RequestId == id).Count,
            Sent<CancelReview>(m => m.RequestId == id).Count);
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();

    static CancellationToken Snapshot => new(canceled: true);
}

public sealed record Outputs(int TimelineEntries, int LastSequence, int Granted, int Denied, int OpenReviews, int ResumeReviews, int CancelReviews);

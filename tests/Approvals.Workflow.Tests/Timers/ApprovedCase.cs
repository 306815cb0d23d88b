using Approvals.Contracts;
using Approvals.Workflow.Tests.Repository;
using Microsoft.Extensions.Time.Testing;
using static Approvals.Workflow.Tests.Harness.TestMessages;

namespace Approvals.Workflow.Tests.Timers;

/// <summary>
/// A request approved on fake time, on the durable scheduler: months pass in seconds. Defaults: 180-day windows, a
/// follow-up every 31 days, renewal reminders 30 and 7 days before the end.
/// </summary>
internal sealed class ApprovedCase : IAsyncDisposable
{
    public static readonly TimeSpan Day = TimeSpan.FromDays(1);
    public static readonly TimeSpan Validity = TimeSpan.FromDays(180);

    ApprovedCase(FakeTimeProvider clock, SqliteWorkflow workflow, Guid id, DateTimeOffset approvedAt)
    {
        Clock = clock;
        Workflow = workflow;
        Id = id;
        ApprovedAt = approvedAt;
    }

    public FakeTimeProvider Clock { get; }
    public SqliteWorkflow Workflow { get; }
    public Guid Id { get; }
    public DateTimeOffset ApprovedAt { get; }

    public static async Task<ApprovedCase> Start()
    {
        var clock = new FakeTimeProvider(SubmittedAt);
        var workflow = await SqliteWorkflow.Start(clock: clock);
        var id = Guid.NewGuid();
        Assert.False(await workflow.PublishAndWait(Submission(id)));
        var approvedAt = SubmittedAt.AddHours(3);
        clock.SetUtcNow(approvedAt);
        Assert.False(await workflow.PublishAndWait(Approval(id) with { DecidedAt = approvedAt }));
        await Eventually.Settled(workflow.PendingTimers, 3, "follow-up, renewal reminder and expiry scheduled");
        return new ApprovedCase(clock, workflow, id, approvedAt);
    }

    public Task<ApprovalState> Saga() => Workflow.Load(Id);

    /// <summary>Moves the clock and fires whatever fell due, once the timers the saga set so far are in the table.</summary>
    public async Task AdvanceTo(DateTimeOffset at)
    {
        await Workflow.Quiesce();
        Clock.SetUtcNow(at);
        await Workflow.FireDueTimers();
    }

    /// <summary>Publishes a message as of the clock's now and waits until the saga processed it.</summary>
    public async Task Handle(object message) => Assert.False(await Workflow.PublishAndWait(message), $"{message.GetType().Name} faulted");

    public int Count<T>(Func<T, bool>? filter = null)
        where T : class =>
        Workflow.Published<T>(m => RequestOf(m) == Id && (filter?.Invoke(m) ?? true)).Count;

    public static Task Until(Func<Task<bool>> condition, string what) => Eventually.True(condition, what);

    public Task UntilPublished<T>(int count, string what, Func<T, bool>? filter = null)
        where T : class =>
        Eventually.True(() => Task.FromResult(Count(filter) == count), what);

    public Task UntilSaga(Func<ApprovalState, bool> condition, string what) =>
        Eventually.True(async () => condition(await Saga()), what);

    /// <summary>The review the saga opened last for a renewal.</summary>
    public async Task<OpenReview> RenewalReview(int count)
    {
        await Eventually.True(() => Task.FromResult(Workflow.SentTo<OpenReview>(m => m.RequestId == Id && m.Kind == ReviewKind.Renewal).Count == count),
            $"renewal review {count} opened");
        return Workflow.SentTo<OpenReview>(m => m.RequestId == Id && m.Kind == ReviewKind.Renewal).MaxBy(m => m.OpenedAt)!;
    }

    public IReadOnlyList<RequestStatusChanged> Timeline() =>
        [.. Workflow.Published<RequestStatusChanged>(m => m.RequestId == Id).OrderBy(m => m.Sequence)];

    static Guid RequestOf(object message) =>
        (Guid)message.GetType().GetProperty(nameof(RequestStatusChanged.RequestId))!.GetValue(message)!;

    public ValueTask DisposeAsync() => Workflow.DisposeAsync();
}

using Approvals.Benchmarks.Measurement;
using Approvals.Messaging.Outbox;
using Approvals.Workflow.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Benchmarks.Saga;

/// <summary>
/// After P3/P4: every ApprovalRequested made exactly one saga in UnderReview, and exactly its outgoing messages
/// reached the broker (one OpenReview, two timeline entries) and its review clock's two timers are stored; with the
/// inbox/outbox, every inbox row is delivered and no outbox row is left behind.
/// </summary>
public static class SagaInvariants
{
    /// <summary>
    /// The saga's ApprovalRequested; behind MassTransit's in-memory outbox, also the two schedule requests of the review
    /// clock, which the scheduler's endpoint consumes. Behind our inbox/outbox the saga writes its timers itself
    /// (LocalScheduling): one consumed message.
    /// </summary>
    public static int ConsumedPerSubmission(OutboxKind outbox) => outbox == OutboxKind.InboxOutbox ? 1 : 3;

    public static async Task Check(BenchContext context, IServiceProvider services, OutboxKind outbox, int expected,
        SagaQueues queues, PhaseResult result, CancellationToken cancellationToken)
    {
        void Expect(string what, long actual, long wanted)
        {
            if (actual != wanted)
                result.Violations.Add($"{what}: {actual}, expected {wanted}");
        }

        Expect("OpenReview messages sent", (long?)await context.Broker.MessageCount(queues.ReviewTap, cancellationToken) ?? -1, expected);
        Expect("timeline entries published", (long?)await context.Broker.MessageCount(queues.StatusTap, cancellationToken) ?? -1, 2L * expected);
        Expect("messages in the error queue", (long?)await context.Broker.MessageCount($"{queues.Workflow}_error", cancellationToken) ?? 0, 0);

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        Expect("saga rows", await db.Approvals.CountAsync(cancellationToken), expected);
        Expect("sagas under review", await db.Approvals.CountAsync(s => s.CurrentState == "UnderReview", cancellationToken), expected);
        Expect("review-clock timers stored", await db.Set<Approvals.Messaging.Scheduling.DurableTimer>().CountAsync(t => !t.Cancelled, cancellationToken),
            2L * expected);
        // The scheduler's endpoint always runs behind the inbox/outbox; the saga's endpoint only in P4, where the
        // scheduler's endpoint receives nothing.
        var inboxRows = outbox == OutboxKind.InboxOutbox ? expected : 2L * expected;
        Expect("inbox rows", await db.Set<InboxState>().CountAsync(cancellationToken), inboxRows);
        if (outbox != OutboxKind.InboxOutbox)
            return;

        Expect("inbox rows not delivered", await db.Set<InboxState>().CountAsync(i => i.Delivered == null, cancellationToken), 0);
        Expect("outbox rows left", await db.Set<OutboxMessage>().CountAsync(cancellationToken), 0);
    }
}

/// <summary>P3/P4's queue names: the saga endpoint and the taps that catch its output.</summary>
public sealed record SagaQueues(string Workflow, string ReviewTap, string StatusTap)
{
    public IEnumerable<string> All => [.. Approvals.Benchmarks.Infrastructure.BrokerAdmin.EndpointNames(Workflow), ReviewTap, StatusTap];
}

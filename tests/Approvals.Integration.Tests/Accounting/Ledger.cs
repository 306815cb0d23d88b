using System.Collections.Concurrent;

namespace Approvals.Integration.Tests.Accounting;

/// <summary>
/// The client's side of the books: every submission the test made and what it was told (202 with an id, or nothing
/// certain), the end each request must reach, and the error-queue messages the test injected on purpose.
/// <see cref="Settle"/> then balances them against the services' databases and the broker's queues.
/// </summary>
public sealed class Ledger(Expectation defaultEnd)
{
    readonly ConcurrentDictionary<string, Guid> _accepted = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, string> _unknown = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<Guid, Expectation> _ends = new();
    readonly ConcurrentDictionary<string, int> _injected = new(StringComparer.Ordinal);

    /// <summary>Outbox rows kept after delivery for replay (in-memory transport) are fine; pending ones never are.</summary>
    public bool RetainsSentMessages { get; init; }

    readonly ConcurrentDictionary<string, int> _deploymentMessages = new(StringComparer.Ordinal);

    public IReadOnlyCollection<Guid> AcceptedIds => [.. _accepted.Values.Distinct()];
    public int AcceptedCount => _accepted.Count;
    public IReadOnlyDictionary<string, string> Unknown => _unknown;
    public IReadOnlyDictionary<string, Guid> AcceptedByKey => _accepted;

    /// <summary>A 202: the service promised to carry the request to its end.</summary>
    public void Accepted(string idempotencyKey, Guid requestId)
    {
        _accepted[idempotencyKey] = requestId;
        _unknown.TryRemove(idempotencyKey, out _);
    }

    /// <summary>No answer, or an error: the request may or may not have been stored.</summary>
    public void Uncertain(string idempotencyKey, string why) => _unknown[idempotencyKey] = why;

    /// <summary>A request that must end elsewhere than the ledger's default (e.g. approved after the fault).</summary>
    public void Expect(Guid requestId, Expectation end) => _ends[requestId] = end;

    public void ExpectAll(Expectation end)
    {
        foreach (var id in AcceptedIds)
            Expect(id, end);
    }

    /// <summary>Messages the test put into <paramref name="queue"/> on purpose; every other queue must end empty.</summary>
    public void Injected(string queue, int count) => _injected[queue] = count;

    /// <summary>
    /// Messages a service consumes because of what the test did beside the cases (a protocol version published), on
    /// top of <see cref="Expectation.DeploymentInboxRows"/>.
    /// </summary>
    public void DeploymentMessages(string service, int count) => _deploymentMessages.AddOrUpdate(service, count, (_, held) => held + count);

    public int DeploymentInboxRows(string service) => Expectation.DeploymentInboxRows(service) + _deploymentMessages.GetValueOrDefault(service);

    public Expectation EndOf(Guid requestId) => _ends.TryGetValue(requestId, out var end) ? end : defaultEnd;

    /// <summary>The verdict on one snapshot; <paramref name="queues"/> null skips the broker (in-memory transport).</summary>
    public LedgerReport Check(Snapshot snapshot, IReadOnlyDictionary<string, int>? queues) =>
        LedgerCheck.Run(this, snapshot, queues, _injected);

    /// <summary>
    /// Polls until the books balance twice in a row (nothing left in flight between two looks), a duplicate or an
    /// unexpected effect shows (no wait repairs those), or <paramref name="timeout"/> passes; throws unless clean.
    /// </summary>
    public async Task<LedgerReport> Settle(IServiceDatabases databases, Func<Task<IReadOnlyDictionary<string, int>>>? queues, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var cleanInARow = 0;
        while (true)
        {
            var snapshot = await databases.Read();
            var report = Check(snapshot, queues: null);
            // The broker is slow to ask (an Erlang VM per call): only once the databases balance.
            if (report.IsClean && queues is not null)
                report = Check(snapshot, await queues());

            cleanInARow = report.IsClean ? cleanInARow + 1 : 0;
            if (cleanInARow == 2)
                return report;
            if (report.IsBroken || DateTime.UtcNow > deadline)
                throw new LedgerViolationException(report);
            await Task.Delay(500);
        }
    }
}

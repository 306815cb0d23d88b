namespace Approvals.Integration.Tests.Accounting;

/// <summary>The accounting behind <see cref="Ledger.Check"/>: business ids, never message ids.</summary>
static class LedgerCheck
{
    public static LedgerReport Run(Ledger ledger, Snapshot snapshot, IReadOnlyDictionary<string, int>? queues,
        IReadOnlyDictionary<string, int> injected)
    {
        List<string> lost = [], duplicated = [], unexpected = [], leftovers = [];

        // Requests stored under a key the client never got an answer for were recovered; any other unknown row is unexpected.
        var recovered = new List<Guid>();
        foreach (var row in snapshot.Requests)
        {
            if (ledger.AcceptedByKey.TryGetValue(row.IdempotencyKey, out var acceptedId))
            {
                if (acceptedId != row.Id)
                    duplicated.Add($"{row.Id}: a second request under key {row.IdempotencyKey}, which answered {acceptedId}");
            }
            else if (ledger.Unknown.ContainsKey(row.IdempotencyKey))
                recovered.Add(row.Id);
            else
                unexpected.Add($"{row.Id}: a request under key {row.IdempotencyKey}, which the test never used");
        }

        var tracked = ledger.AcceptedIds.Concat(recovered).ToHashSet();
        var requests = snapshot.Requests.ToLookup(r => r.Id);
        var reviews = snapshot.Reviews.ToLookup(r => r.RequestId);
        var sagas = snapshot.Sagas.ToLookup(s => s.RequestId);
        var history = snapshot.History.ToLookup(h => h.RequestId);

        foreach (var id in tracked)
        {
            var end = ledger.EndOf(id);
            var request = requests[id].SingleOrDefault();
            if (request is null)
            {
                lost.Add($"{id}: accepted, but intake does not hold it");
                continue;
            }

            CheckTimeline(id, end, [.. history[id].OrderBy(h => h.Sequence).Select(h => h.Status)], lost, duplicated);
            if (request.Status != end.Status)
                lost.Add($"{id}: status {request.Status}, expected {end.Status}");

            var saga = sagas[id].SingleOrDefault();
            if (saga is null)
                lost.Add($"{id}: no saga");
            else if (saga.State != end.SagaState)
                lost.Add($"{id}: saga in {saga.State}, expected {end.SagaState}");

            var itsReviews = reviews[id].ToList();
            if (itsReviews.Count > 1)
                duplicated.Add($"{id}: {itsReviews.Count} reviews ({string.Join(", ", itsReviews.Select(r => r.Id))})");
            else if (itsReviews.Count == 0)
                lost.Add($"{id}: never reached the review queue");
            else if (itsReviews[0].Status != end.ReviewStatus)
                lost.Add($"{id}: review {itsReviews[0].Status}, expected {end.ReviewStatus}");

            var decisions = itsReviews.Count(r => r.Outcome is not null);
            if (decisions > end.Decisions)
                duplicated.Add($"{id}: {decisions} decided reviews, expected {end.Decisions}");
        }

        foreach (var id in snapshot.Reviews.Select(r => r.RequestId).Concat(snapshot.Sagas.Select(s => s.RequestId))
                     .Concat(snapshot.History.Select(h => h.RequestId)).Distinct().Where(id => !tracked.Contains(id)))
            unexpected.Add($"{id}: reviews, saga or timeline for a request nobody submitted");

        foreach (var (service, rows) in snapshot.InboxRows)
        {
            var expected = tracked.Sum(id => ledger.EndOf(id).InboxRows[service]) + ledger.DeploymentInboxRows(service);
            if (rows > expected)
                duplicated.Add($"{service} inbox: {rows} messages consumed, expected {expected}: a resend under a new MessageId");
            else if (rows < expected)
                lost.Add($"{service} inbox: {rows} messages consumed, expected {expected}");
        }

        foreach (var (table, count) in snapshot.Outbox)
        {
            var remaining = ledger.RetainsSentMessages ? count.Pending : count.Rows;
            if (remaining > 0)
                leftovers.Add($"{table}: {remaining} row(s) left ({count.Delivered} delivered)");
        }

        if (queues is not null)
        {
            foreach (var name in queues.Keys.Union(injected.Keys).Order(StringComparer.Ordinal))
            {
                var held = queues.GetValueOrDefault(name);
                var expected = injected.GetValueOrDefault(name);
                if (held != expected)
                    leftovers.Add($"queue {name}: {held} message(s), expected {expected}");
            }
        }

        return new LedgerReport(tracked.Count, lost, duplicated, unexpected, recovered, leftovers);
    }

    /// <summary>A prefix of the expected timeline is not there yet; an extra entry for a transition is a duplicate.</summary>
    static void CheckTimeline(Guid id, Expectation end, IReadOnlyList<string> actual, List<string> lost, List<string> duplicated)
    {
        if (actual.SequenceEqual(end.Timeline))
            return;
        var extra = actual.GroupBy(s => s, StringComparer.Ordinal)
            .Where(g => g.Count() > end.Timeline.Count(s => s == g.Key)).Select(g => g.Key).ToList();
        if (extra.Count > 0)
            duplicated.Add($"{id}: timeline {string.Join(" > ", actual)}, expected {string.Join(" > ", end.Timeline)}");
        else
            lost.Add($"{id}: timeline {string.Join(" > ", actual)}, expected {string.Join(" > ", end.Timeline)}");
    }
}

using Approvals.Audit.Chain;

namespace Approvals.Server.Tests.Infrastructure;

/// <summary>Drafts for seeding a trail directly, without running the workflow.</summary>
public static class TrailDrafts
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static AuditDraft Sample(Guid requestId, int i, string actorId = "reviewer-seed", string? reason = null) =>
        new(Start.AddMinutes(i), actorId, "Dr Seed", "reviewer", "decision.recorded", "review", Guid.NewGuid().ToString("D"),
            EntityVersion: null, requestId, OldValues: null, NewValues: $$"""{"n":{{i}}}""", reason ?? $"Seeded entry {i}")
        {
            MessageId = Guid.NewGuid(),
            CorrelationId = Guid.NewGuid(),
        };
}

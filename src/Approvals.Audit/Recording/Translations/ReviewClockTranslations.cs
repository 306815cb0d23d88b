using Approvals.Audit.Chain;
using Approvals.Contracts;

namespace Approvals.Audit.Recording.Translations;

/// <summary>Timers are the workflow's own steps: the system is the actor.</summary>
public sealed class OverdueTranslation : IAuditTranslation<ReviewOverdue>
{
    public ValueTask<AuditDraft> TranslateAsync(ReviewOverdue m, IAuditTrailReader trail, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ReviewClock.Draft(AuditActions.ReviewOverdue, m.RequestId, m.ReviewId, m.DueAt, m.At));
}

public sealed class DeadlineApproachingTranslation : IAuditTranslation<ReviewDeadlineApproaching>
{
    public ValueTask<AuditDraft> TranslateAsync(ReviewDeadlineApproaching m, IAuditTrailReader trail, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ReviewClock.Draft(AuditActions.ReviewDeadlineApproaching, m.RequestId, m.ReviewId, m.DueAt, m.At));
}

static class ReviewClock
{
    public static AuditDraft Draft(string action, Guid requestId, Guid reviewId, DateTimeOffset dueAt, DateTimeOffset at) =>
        new(at, ActorRoles.System, ActorRoles.System, ActorRoles.System, action,
            AuditEntities.Review, reviewId.ToString("D"), EntityVersion: null, requestId,
            OldValues: null, AuditJson.Write(new { dueAt }), Reason: null);
}

using System.Text.Json;
using Approvals.Audit.Chain;
using Approvals.Contracts;

namespace Approvals.Audit.Recording.Translations;

/// <summary>
/// A request's status as one timeline entry set it, with the decision or questions that came with it, the approval's
/// terms after it, and the signature that came with it (suspension, revocation; a decision's is in the decision).
/// </summary>
public sealed record TimelineValues(
    RequestStatus Status, DecisionRecord? Decision, IReadOnlyList<string>? Questions, ApprovalTerms? Terms = null,
    ElectronicSignature? Signature = null);

/// <summary>The status and terms a transition left behind.</summary>
public sealed record PreviousStatus(RequestStatus Status, ApprovalTerms? Terms);

/// <summary>
/// Each transition of a request's timeline, versioned by the timeline's sequence. The old value is the status of the
/// newest earlier transition the trail holds; the audit endpoint takes one request's events in order, so that is
/// the transition just before.
/// </summary>
public sealed class TimelineTranslation : IAuditTranslation<RequestStatusChanged>
{
    public async ValueTask<AuditDraft> TranslateAsync(RequestStatusChanged m, IAuditTrailReader trail, CancellationToken cancellationToken)
    {
        var before = await trail.TimelineValuesBeforeAsync(m.RequestId, m.Sequence, cancellationToken);
        var oldValues = before is null
            ? null
            : AuditJson.Write(JsonSerializer.Deserialize<TimelineValues>(before, AuditJson.Options) is { } previous
                ? new PreviousStatus(previous.Status, previous.Terms)
                : null);
        return new AuditDraft(
            m.At, m.ActorId, m.ActorName, m.ActorRole, AuditActions.Timeline(m.Status),
            AuditEntities.Request, m.RequestId.ToString("D"), m.Sequence, m.RequestId,
            oldValues,
            AuditJson.Write(new TimelineValues(m.Status, m.Decision, m.Questions, m.Terms, m.Signature)),
            m.Reason);
    }
}

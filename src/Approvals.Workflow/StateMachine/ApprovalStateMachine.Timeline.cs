using System.Text.Json;
using Approvals.Contracts;

namespace Approvals.Workflow;

/// <summary>Timeline entries: each carries the approval's terms as they stand after it, so a view needs nothing else.</summary>
public sealed partial class ApprovalStateMachine
{
    /// <param name="actor">Printed name and role for the audit trail; omitted, the entry is the system's own step.</param>
    static RequestStatusChanged NextEntry(ApprovalState saga, RequestStatus status, DateTimeOffset at, string actorId, string? reason,
        DecisionRecord? decision = null, IReadOnlyList<string>? questions = null, (string? Name, string Role)? actor = null,
        ElectronicSignature? signature = null) =>
        new(saga.CorrelationId, ++saga.TimelineSequence, status, at, actorId, reason, decision, questions, TermsOf(saga), saga.ReviewOverdue,
            actor is null ? SystemActor : actor.Value.Name, actor?.Role ?? ActorRoles.System, signature);

    static (string? Name, string Role) Prescriber(string? name) => (name, ActorRoles.Prescriber);

    static (string? Name, string Role) Reviewer(string? name) => (name, ActorRoles.Reviewer);

    static ApprovalTerms? TermsOf(ApprovalState saga) =>
        saga is { ValidFrom: { } from, ValidUntil: { } until }
            ? new ApprovalTerms(from, until, saga.NextFollowUpDue, saga.FollowUpOverdue, saga.RenewalStatus, saga.RenewalCycle,
                saga.Taper is { } taper ? JsonSerializer.Deserialize<TaperSchedule>(taper) : null)
            : null;

    static DecisionRecord DecisionOf(ReviewDecided decision, decimal? approvedDose) =>
        new(decision.Outcome, approvedDose, decision.ReasonCode, decision.Rationale, decision.ReviewerId, decision.DecidedAt, decision.Signature,
            decision.ProtocolVersion);
}

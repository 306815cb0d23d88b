using System.Collections.Concurrent;
using System.Text.Json;
using Approvals.Contracts;
using Approvals.Domain;
using Approvals.Domain.Cases;
using Approvals.Domain.Protocols;
using MassTransit;

namespace Approvals.Workflow;

/// <summary>Messages as the decider's commands, and what the row keeps of a submission that the decider does not.</summary>
public sealed partial class ApprovalStateMachine
{
    // Cases carry the terms of a handful of protocol versions: each distinct one is read once, not on every look.
    readonly ConcurrentDictionary<string, CaseTerms> _protocolTerms = new(StringComparer.Ordinal);

    /// <summary>The clocks one case runs on: its protocol version's, or the configured ones for a case submitted without them.</summary>
    CaseTerms TermsFor(ApprovalState saga) =>
        saga.ProtocolTerms is { } json
            ? _protocolTerms.GetOrAdd(json, static text => CaseTerms.Of(JsonSerializer.Deserialize<ProtocolTerms>(text)!))
            : _configured;

    /// <summary>The submission as reviewers and the clocks need it later: the case as submitted, the protocol version's terms.</summary>
    static void Register(ApprovalState saga, ApprovalRequested m)
    {
        saga.ProtocolId = m.ProtocolId;
        saga.ProtocolVersion = m.ProtocolVersion;
        saga.ProtocolTerms = m.Terms is null ? null : JsonSerializer.Serialize(m.Terms);
        saga.CaseContent = CaseRecords.Write(new CaseContent(m.Patient, m.Indication, m.Justification, m.PriorTreatments ?? [],
            m.PatientConsent));
    }

    /// <summary>Intake ruled on the dose under the protocol version in force; the workflow holds the version's terms only.</summary>
    SubmitRequest SubmitFrom(ApprovalState saga, ApprovalRequested m) =>
        new(m.PrescriberId, m.DailyDoseMg, m.Urgency, m.SubmittedAt, NewId.NextGuid(), Protocol: null, TermsFor(saga),
            new ProtocolRuling(m.ProtocolId, m.ProtocolVersion, m.Requirement, m.AutomaticDenial));

    /// <summary>The review service checked and signed the decision's body; the case judges where it stands.</summary>
    static DecideReview DecisionFrom(ApprovalState saga, ReviewDecided m) =>
        new(RoundOf(saga, m.ReviewId), m.ReviewerId, new ReviewDecision(m.Outcome, m.ApprovedDailyDoseMg, m.ReasonCode, m.Rationale, null),
            m.DecidedAt, m.ValidUntil, m.ExpertOpinionWaivedBecause, Recorded: true);

    static DecideReview QuestionsFrom(ApprovalState saga, InformationRequested m) =>
        new(RoundOf(saga, m.ReviewId), m.ReviewerId,
            new ReviewDecision(DecisionOutcome.RequestInformation, null, null, null, m.Questions), m.RequestedAt, Recorded: true);

    static GiveOpinion OpinionFrom(OpinionRecorded m) =>
        new(m.ReviewId, m.SpecialistId, m.Recommendation, m.SupportedDailyDoseMg, m.Rationale, m.RecordedAt);

    static LowerProtocolCap CapFrom(ProtocolCapTakesEffect m) => new(m.Protocol.ToProtocolVersion(), m.At);

    /// <summary>
    /// A decision or question that names no round (an empty id) is about the initial round, the one round a request
    /// has before its approval; a renewal round is always named, so a stray one cannot decide it.
    /// </summary>
    static Guid RoundOf(ApprovalState saga, Guid reviewId) =>
        reviewId == Guid.Empty && saga.RenewalStatus is null ? saga.ReviewId : reviewId;
}

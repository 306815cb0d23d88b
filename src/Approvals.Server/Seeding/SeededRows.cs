using System.Collections.Concurrent;
using System.Text.Json;
using Approvals.Contracts;
using Approvals.Domain.Cases;
using Approvals.Domain.Protocols;
using Approvals.Http;
using Approvals.Intake.Api;
using Approvals.Intake.Persistence;
using Approvals.Intake.Protocols;
using Approvals.Persistence;
using Approvals.Review.Api;
using Approvals.Review.Persistence;
using Approvals.Workflow;

namespace Approvals.Server.Seeding;

/// <summary>
/// One seeded case's rows in each service, as the running system leaves them once every message of the case has been
/// consumed: intake's request and timeline, review's round and its view of the request, the workflow's saga row.
/// The reviewer's signature is computed over the review version exactly as the review service signs it, and the same
/// signature reaches intake's timeline and decision, as the workflow's timeline entry carries it.
/// </summary>
internal sealed record SeededRows(RequestRecord Request, ReviewItem Review, ApprovalRecord Approval, ApprovalState Saga)
{
    public static SeededRows Of(SeededCase c, string idempotencyPrefix)
    {
        var review = ReviewOf(c, out var signature);
        return new SeededRows(RequestOf(c, idempotencyPrefix, signature), review, ApprovalOf(c), SagaOf(c));
    }

    static ReviewItem ReviewOf(SeededCase c, out StoredSignature? signature)
    {
        var review = new ReviewItem
        {
            Id = c.ReviewId, RequestId = c.RequestId, Kind = ReviewKind.Initial, Status = ReviewStatus.Open, PrescriberId = c.Prescriber.Id,
            ProtocolId = c.Protocol.ProtocolId, ProtocolVersion = c.Protocol.Version, DailyDoseMg = c.DailyDoseMg, Urgency = c.Urgency,
            OpenedAt = c.OpenedAt, DueAt = c.DueAt, MaxValidity = c.Protocol.MaxApprovalValidity, RequiredReview = ReviewLevel.Single,
            PatientPseudonym = c.Pseudonym, PatientBirthYear = c.BirthYear, PatientSex = c.Sex, Indication = c.Indication,
            Justification = c.Justification, PriorTreatments = [.. c.PriorTreatments], PatientConsent = true, Version = 1,
        };
        signature = null;
        switch (c.Stage)
        {
            case SeededStage.UnderReview when c.Reviewer is { } claimant:
                (review.ClaimedBy, review.ClaimedByName, review.ClaimedAt) = (claimant.Id, claimant.Name, c.OpenedAt + (c.DueAt - c.OpenedAt) / 100);
                break;
            case SeededStage.AwaitingInformation:
                review.Status = ReviewStatus.AwaitingInformation;
                review.Questions = [.. SeededCase.Questions];
                review.InformationRequestedBy = [c.Reviewer!.Id];
                signature = Sign(review, c, SignatureMeaning.Review);
                break;
            case SeededStage.Withdrawn:
                review.Status = ReviewStatus.Cancelled;
                review.CancelReason = "Withdrawn by the prescriber";
                review.Version++;
                break;
            case SeededStage.Approved or SeededStage.ApprovedModified or SeededStage.Denied:
                review.Status = ReviewStatus.Decided;
                review.Outcome = c.Outcome;
                review.ApprovedDailyDoseMg = c.ApprovedDailyDoseMg;
                review.ReasonCode = c.ReasonCode;
                review.Rationale = c.Rationale;
                review.DecidedBy = c.Reviewer!.Id;
                review.DecidedAt = c.ActedAt;
                signature = Sign(review, c, c.Stage == SeededStage.Denied ? SignatureMeaning.Denial : SignatureMeaning.Approval);
                break;
        }

        return review;
    }

    static StoredSignature Sign(ReviewItem review, SeededCase c, SignatureMeaning meaning)
    {
        review.Version++;
        var signer = new CurrentUser(c.Reviewer!.Id, c.Reviewer.Name, new HashSet<string>([Roles.Reviewer]));
        review.Signature = StoredSignature.From(Signing.Sign(signer, meaning, c.ActedAt!.Value, SignedReviewVersion.Of(review)));
        return review.Signature!;
    }

    static RequestRecord RequestOf(SeededCase c, string idempotencyPrefix, StoredSignature? signature)
    {
        var body = new Intake.Api.SubmitRequest(c.Protocol.ProtocolId, new PatientInput(c.Pseudonym, c.BirthYear, c.Sex), c.DailyDoseMg, c.Urgency,
            c.Indication, c.Justification, c.PriorTreatments, PatientConsent: true);
        var request = new RequestRecord
        {
            Id = c.RequestId, PrescriberId = c.Prescriber.Id, IdempotencyKey = $"{idempotencyPrefix}{c.Index}", BodyHash = body.Fingerprint(),
            ProtocolId = c.Protocol.ProtocolId, ProtocolVersion = c.Protocol.Version, PatientPseudonym = c.Pseudonym,
            PatientBirthYear = c.BirthYear, PatientSex = c.Sex, DailyDoseMg = c.DailyDoseMg, Urgency = c.Urgency, Indication = c.Indication,
            Justification = c.Justification, PriorTreatments = [.. c.PriorTreatments], SubmittedAt = c.SubmittedAt, Status = c.Status,
            LastSequence = c.TimelineLength,
            OpenQuestions = c.Stage == SeededStage.AwaitingInformation ? [.. SeededCase.Questions] : [],
            History =
            [
                Entry(c, 1, c.SubmittedAt, RequestStatus.Submitted, c.Prescriber.Id, null),
                Entry(c, 2, c.OpenedAt, RequestStatus.UnderReview, CaseDecider.SystemActor, "Review opened"),
            ],
        };
        switch (c.Stage)
        {
            case SeededStage.AwaitingInformation:
                request.History.Add(Entry(c, 3, c.ActedAt!.Value, RequestStatus.AwaitingInformation, c.Reviewer!.Id, "Information requested", signature));
                break;
            case SeededStage.Withdrawn:
                request.History.Add(Entry(c, 3, c.ActedAt!.Value, RequestStatus.Withdrawn, c.Prescriber.Id, SeededCase.WithdrawalReason));
                break;
            case SeededStage.Approved or SeededStage.ApprovedModified or SeededStage.Denied:
                request.History.Add(Entry(c, 3, c.ActedAt!.Value, c.Status, c.Reviewer!.Id, c.Rationale, signature));
                request.DecisionOutcome = c.Outcome;
                request.ApprovedDailyDoseMg = c.ApprovedDailyDoseMg;
                request.ReasonCode = c.ReasonCode;
                request.Rationale = c.Rationale;
                request.ReviewerId = c.Reviewer.Id;
                request.DecidedAt = c.ActedAt;
                request.DecisionSignature = signature;
                request.ValidFrom = c.IsApproval ? c.ActedAt : null;
                request.ValidUntil = c.ValidUntil;
                request.NextFollowUpDue = c.NextFollowUpDue;
                break;
        }

        return request;
    }

    static RequestHistoryEntry Entry(SeededCase c, int sequence, DateTimeOffset at, RequestStatus status, string actorId, string? reason,
        StoredSignature? signature = null) =>
        new() { RequestId = c.RequestId, Sequence = sequence, At = at, Status = status, ActorId = actorId, Reason = reason, Signature = signature };

    static ApprovalRecord ApprovalOf(SeededCase c) => new()
    {
        RequestId = c.RequestId, PrescriberId = c.Prescriber.Id, ProtocolId = c.Protocol.ProtocolId, ProtocolVersion = c.Protocol.Version,
        Status = c.Status, LastSequence = c.TimelineLength, ApprovedDailyDoseMg = c.ApprovedDailyDoseMg, ValidFrom = c.IsApproval ? c.ActedAt : null,
        ValidUntil = c.ValidUntil,
    };

    // A handful of protocol versions among a million cases: their terms are worked out once each.
    static readonly ConcurrentDictionary<ProtocolVersion, (CaseTerms Case, string Json)> Terms = new();

    static ApprovalState SagaOf(SeededCase c)
    {
        var decided = c.Outcome is not null;
        var acting = c.Stage is SeededStage.AwaitingInformation || decided ? [c.Reviewer!.Id] : Array.Empty<string>();
        var terms = Terms.GetOrAdd(c.Protocol, static p => (CaseTerms.Of(p), JsonSerializer.Serialize(ProtocolRulings.TermsOf(p))));
        return new ApprovalState
        {
            CorrelationId = c.RequestId,
            CurrentState = c.Stage switch
            {
                SeededStage.UnderReview => nameof(CasePhase.UnderReview),
                SeededStage.AwaitingInformation => nameof(CasePhase.AwaitingInformation),
                SeededStage.Denied => nameof(CasePhase.Denied),
                SeededStage.Withdrawn => nameof(CasePhase.Withdrawn),
                _ => nameof(CasePhase.Approved),
            },
            // The submission created the row; the step that ended the round saved it once more.
            Version = c.Stage == SeededStage.UnderReview ? 1 : 2,
            PrescriberId = c.Prescriber.Id,
            ProtocolId = c.Protocol.ProtocolId,
            ProtocolVersion = c.Protocol.Version,
            DailyDoseMg = c.DailyDoseMg,
            Urgency = c.Urgency,
            SubmittedAt = c.SubmittedAt,
            ProtocolTerms = terms.Json,
            CaseContent = CaseRecords.Write(new CaseContent(new PatientDescriptor(c.Pseudonym, c.BirthYear, c.Sex), c.Indication, c.Justification,
                c.PriorTreatments, true)),
            ReviewRound = ReviewRoundColumn.Write([], acting),
            RequiredReview = ReviewLevel.Single,
            ReviewId = c.ReviewId,
            ReviewOpenedAt = c.OpenedAt,
            ReviewDueAt = c.DueAt,
            ReviewClockPausedAt = c.Stage == SeededStage.AwaitingInformation ? c.ActedAt : null,
            ApprovedDailyDoseMg = c.ApprovedDailyDoseMg,
            DecidedBy = decided ? c.Reviewer!.Id : null,
            DecidedAt = decided ? c.ActedAt : null,
            ClosedAt = c.Stage is SeededStage.Denied or SeededStage.Withdrawn ? c.ActedAt : null,
            ValidFrom = c.IsApproval ? c.ActedAt : null,
            ValidUntil = c.ValidUntil,
            NextFollowUpDue = c.NextFollowUpDue,
            NextRenewalReminder = c.ValidUntil is { } until ? ApprovalClocks.RemindersFrom(terms.Case, until, 0, c.ActedAt!.Value).Next : 0,
            TimelineSequence = c.TimelineLength,
        };
    }
}

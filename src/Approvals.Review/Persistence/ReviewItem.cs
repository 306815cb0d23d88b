using Approvals.Contracts;
using Approvals.Persistence;

namespace Approvals.Review.Persistence;

/// <summary>One review round of one request, as reviewers work it.</summary>
public sealed class ReviewItem
{
    public Guid Id { get; set; }
    public Guid RequestId { get; set; }
    public ReviewKind Kind { get; set; }
    public ReviewStatus Status { get; set; }
    public string PrescriberId { get; set; } = null!;
    public string ProtocolId { get; set; } = null!;
    public int ProtocolVersion { get; set; }
    public decimal DailyDoseMg { get; set; }
    public Urgency Urgency { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public DateTimeOffset DueAt { get; set; }

    /// <summary>
    /// The case as submitted, what the reviewer reads to decide (pseudonymous: never a name). Null pseudonym: the review
    /// was opened by a sender older than the content.
    /// </summary>
    public string? PatientPseudonym { get; set; }
    public int? PatientBirthYear { get; set; }
    public Sex? PatientSex { get; set; }
    public string? Indication { get; set; }
    public string? Justification { get; set; }
    public List<string> PriorTreatments { get; set; } = [];
    public bool? PatientConsent { get; set; }

    /// <summary>Renewal reviews: the prescriber's notes with the request, and the newest follow-up the workflow held.</summary>
    public string? RenewalNotes { get; set; }
    public ReportedFollowUp? LatestFollowUp { get; set; }

    /// <summary>Renewal reviews: where the window they would approve starts (the current window's end).</summary>
    public DateTimeOffset? ValidityStartsAt { get; set; }

    /// <summary>The longest window the case's protocol version allows an approval; null: the configured maximum.</summary>
    public TimeSpan? MaxValidity { get; set; }

    /// <summary>What the protocol version asks of this dose; a review opened without a requirement needs one reviewer.</summary>
    public ReviewLevel RequiredReview { get; set; }

    /// <summary>Collegial reviews: how many distinct specialists must recommend approval.</summary>
    public int RequiredSpecialists { get; set; }

    /// <summary>The specialists' opinions so far.</summary>
    public List<ReviewOpinion> Opinions { get; set; } = [];

    /// <summary>The review clock ran out before a decision. Overdue reviews are due earliest, so they lead the queue.</summary>
    public bool Overdue { get; set; }

    public List<string> Questions { get; set; } = [];

    /// <summary>The reviewers who asked the prescriber for information in this round: they act as its reviewer.</summary>
    public List<string> InformationRequestedBy { get; set; } = [];
    public string? Answer { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }

    public DecisionOutcome? Outcome { get; set; }
    public decimal? ApprovedDailyDoseMg { get; set; }
    public string? ReasonCode { get; set; }
    public string? Rationale { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>Why an approval went ahead without the expert opinion the protocol recommends.</summary>
    public string? ExpertOpinionWaivedBecause { get; set; }

    /// <summary>An end of validity the reviewer chose instead of the default period.</summary>
    public DateTimeOffset? ValidUntil { get; set; }
    public string? CancelReason { get; set; }

    /// <summary>
    /// The reviewer working this round, by their own claim: advisory, so another reviewer may still decide. A decision or
    /// a cancellation ends it; it is no part of the signed version, and claiming leaves <see cref="Version"/> alone.
    /// </summary>
    public string? ClaimedBy { get; set; }
    public string? ClaimedByName { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }

    /// <summary>Clears the claim on this object; a write that closes the round goes through <see cref="ReviewClaimEnd"/>.</summary>
    public void EndClaim() => (ClaimedBy, ClaimedByName, ClaimedAt) = (null, null, null);

    /// <summary>The reviewer's electronic signature on the latest decision or request for information.</summary>
    public StoredSignature? Signature { get; set; }

    /// <summary>The case content, when the review was opened with it.</summary>
    public CaseContent? Case =>
        (PatientPseudonym, PatientBirthYear, PatientSex, Indication, Justification) is ({ } pseudonym, { } birthYear, { } sex,
            { } indication, { } justification)
            ? new CaseContent(new PatientDescriptor(pseudonym, birthYear, sex), indication, justification, PriorTreatments, PatientConsent)
            : null;

    /// <summary>Whoever acted on this round as its reviewer: asked the prescriber for information, or decided it.</summary>
    public IEnumerable<string> Reviewers => DecidedBy is { } decider ? [.. InformationRequestedBy, decider] : InformationRequestedBy;

    /// <summary>Concurrency token: of two decisions racing on one review, the second save fails.</summary>
    public int Version { get; set; }
}

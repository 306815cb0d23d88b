using Approvals.Contracts;
using Approvals.Domain.Protocols;

namespace Approvals.Server.Seeding;

/// <summary>Where a seeded request has got to: the statuses a request reaches without any timer having fired.</summary>
internal enum SeededStage
{
    UnderReview,
    AwaitingInformation,
    Approved,
    ApprovedModified,
    Denied,
    Withdrawn,
}

/// <summary>
/// One seeded request, as a plan: who, what and when. Each service's rows are written from it
/// (<see cref="IntakeRows"/>, <see cref="ReviewRows"/>, <see cref="WorkflowRows"/>), so they agree with one another.
/// </summary>
/// <param name="ActedAt">The step that ended the initial review (decision, question, withdrawal); null while it is open.</param>
/// <param name="ReviewerId">Who decided or asked; for an open review, who claimed it, if anyone.</param>
internal sealed record SeededCase(
    int Index,
    Guid RequestId,
    Guid ReviewId,
    SeedPerson Prescriber,
    ProtocolVersion Protocol,
    string Pseudonym,
    int BirthYear,
    Sex Sex,
    decimal DailyDoseMg,
    Urgency Urgency,
    string Justification,
    IReadOnlyList<string> PriorTreatments,
    DateTimeOffset SubmittedAt,
    DateTimeOffset OpenedAt,
    SeededStage Stage,
    DateTimeOffset? ActedAt,
    SeedPerson? Reviewer,
    string? ReasonCode)
{
    public string Indication => Protocol.Indications[0];

    public DateTimeOffset DueAt => Protocol.ReviewClocks.DueAt(Urgency, OpenedAt);

    public bool IsApproval => Stage is SeededStage.Approved or SeededStage.ApprovedModified;

    public decimal? ApprovedDailyDoseMg => Stage switch
    {
        SeededStage.Approved => DailyDoseMg,
        SeededStage.ApprovedModified => DailyDoseMg - SeedPlan.ModifiedDoseStepMg,
        _ => null,
    };

    public DecisionOutcome? Outcome => Stage switch
    {
        SeededStage.Approved => DecisionOutcome.Approve,
        SeededStage.ApprovedModified => DecisionOutcome.ApproveModified,
        SeededStage.Denied => DecisionOutcome.Deny,
        _ => null,
    };

    public RequestStatus Status => Stage switch
    {
        SeededStage.UnderReview => RequestStatus.UnderReview,
        SeededStage.AwaitingInformation => RequestStatus.AwaitingInformation,
        SeededStage.Approved or SeededStage.ApprovedModified => RequestStatus.Approved,
        SeededStage.Denied => RequestStatus.Denied,
        _ => RequestStatus.Withdrawn,
    };

    public string? Rationale => Stage switch
    {
        SeededStage.Approved => "Within the protocol's limits; prior treatments failed.",
        SeededStage.ApprovedModified => "Start below the requested dose and titrate at follow-up.",
        SeededStage.Denied => "The file does not support this prescription at present.",
        _ => null,
    };

    public DateTimeOffset? ValidUntil => IsApproval ? ActedAt + Protocol.ApprovalValidity : null;

    public DateTimeOffset? NextFollowUpDue => IsApproval ? ActedAt + Protocol.FollowUpInterval : null;

    /// <summary>Timeline entries: submitted, review opened, then the step that ended the round, if any.</summary>
    public int TimelineLength => Stage == SeededStage.UnderReview ? 2 : 3;

    public static readonly IReadOnlyList<string> Questions = ["Liver function tests from the last month?"];
    public const string WithdrawalReason = "The patient chose another treatment.";
}

/// <summary>A seeded user: an id and the printed name a token of theirs would carry.</summary>
internal sealed record SeedPerson(string Id, string Name);

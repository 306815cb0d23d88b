namespace Approvals.Domain.Cases;

/// <summary>How a refusal is answered: 400 invalid fields, 403 not this actor's step, 409 not now, 422 never as sent.</summary>
public enum RefusalKind
{
    Invalid,
    Forbidden,
    Conflict,
    RuleBroken,
}

/// <summary>
/// Why a command changes nothing. <see cref="Code"/> is stable (the API's <c>code</c>); <see cref="Detail"/> is for a
/// person. <see cref="Field"/> names the member at fault, <see cref="Errors"/> every invalid one for a 400.
/// </summary>
public sealed record Refusal(string Code, RefusalKind Kind, string Detail, string? Field = null, ValidationErrors? Errors = null, string? Title = null)
{
    public static Refusal Invalid(ValidationErrors errors) => new(RefusalCodes.Invalid, RefusalKind.Invalid, "The request has invalid fields.", Errors: errors);

    public static Refusal Conflict(string code, string detail) => new(code, RefusalKind.Conflict, detail);

    public static Refusal Forbidden(string code, string detail) => new(code, RefusalKind.Forbidden, detail);
}

/// <summary>The refusal codes. The first group is the API's as it answers today; the rest name refusals it answers without a code.</summary>
public static class RefusalCodes
{
    public const string FollowUpMissing = "followUpMissing";
    public const string OpinionsMissing = "opinionsMissing";
    public const string DeciderGaveOpinion = "deciderGaveOpinion";
    public const string OpinionFromReviewer = "opinionFromReviewer";
    public const string DoseAboveSupported = "doseAboveSupported";
    public const string WaiverRequired = "expertOpinionWaiverRequired";
    public const string WaiverNotApplicable = "expertOpinionWaiverNotApplicable";
    public const string ReviewClosed = "reviewClosed";

    public const string Invalid = "invalid";
    public const string NotSubmitted = "notSubmitted";
    public const string NotThePrescriber = "notThePrescriber";
    public const string OwnRequest = "ownRequest";
    public const string OwnPrescription = "ownPrescription";
    public const string ReviewNotOpen = "reviewNotOpen";
    public const string OpinionAlreadyGiven = "opinionAlreadyGiven";
    public const string DecisionVoid = "decisionVoid";
    public const string WithdrawalTooLate = "withdrawalTooLate";
    public const string NoQuestionOpen = "noQuestionOpen";
    public const string NotAnApproval = "notAnApproval";
    public const string NotInForce = "notInForce";
    public const string RenewalUnderReview = "renewalUnderReview";
    public const string RenewedWindowNotStarted = "renewedWindowNotStarted";
    public const string NotSuspended = "notSuspended";
}

/// <summary>What <see cref="CaseDecider.Decide"/> answers: the events to apply (none: the command changes nothing, as a
/// repeated submission or a stale timer), or a refusal.</summary>
public sealed record CaseVerdict(IReadOnlyList<CaseEvent> Events, Refusal? Refusal)
{
    public static CaseVerdict Unchanged { get; } = new([], null);

    public bool IsRefused => Refusal is not null;

    public static CaseVerdict Accept(params CaseEvent[] events) => new(events, null);

    public static CaseVerdict Refuse(Refusal refusal) => new([], refusal);

    public static implicit operator CaseVerdict(Refusal refusal) => Refuse(refusal);
}

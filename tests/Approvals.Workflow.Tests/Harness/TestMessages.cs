using Approvals.Contracts;

namespace Approvals.Workflow.Tests.Harness;

/// <summary>Valid messages with fixed, distinguishable values, so an assertion can tell which message a value came from.</summary>
public static class TestMessages
{
    public const string Prescriber = "prescriber-1";
    public const string Reviewer = "reviewer-7";
    public const decimal RequestedDose = 100m;

    /// <summary>
    /// Today, to the second: the review clock's timers then fall days ahead and stay quiet during a spec, as they would
    /// in production. A date in the past would make them fire at once.
    /// </summary>
    public static readonly DateTimeOffset SubmittedAt =
        new(DateTimeOffset.UtcNow.Ticks - DateTimeOffset.UtcNow.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    /// <summary>"Now" for the saga's clock: later than <see cref="SubmittedAt"/>, so the two cannot be confused.</summary>
    public static readonly DateTimeOffset Now = SubmittedAt.AddMinutes(5);

    public static ApprovalRequested Submission(Guid requestId, Urgency urgency = Urgency.Standard) =>
        new(requestId, Prescriber, "off-label-ketamine", 3, new PatientDescriptor("p-4711", 1970, Sex.Female), RequestedDose,
            urgency, "Treatment-resistant depression", "Two SSRIs failed", ["sertraline", "escitalopram"], SubmittedAt, PatientConsent: true);

    public static ReviewDecided Approval(Guid requestId, string reviewer = Reviewer) =>
        new(requestId, Guid.Empty, DecisionOutcome.Approve, RequestedDose, null, "Meets the protocol", reviewer, SubmittedAt.AddHours(3));

    public static ReviewDecided ModifiedApproval(Guid requestId, decimal dose) =>
        new(requestId, Guid.Empty, DecisionOutcome.ApproveModified, dose, null, "Renal function", Reviewer, SubmittedAt.AddHours(4));

    public static ReviewDecided Denial(Guid requestId) =>
        new(requestId, Guid.Empty, DecisionOutcome.Deny, null, "CONTRAINDICATED", "QT prolongation", Reviewer, SubmittedAt.AddHours(5));

    public static InformationRequested Questions(Guid requestId, params string[] questions) =>
        new(requestId, Guid.Empty, questions, Reviewer, SubmittedAt.AddHours(1));

    public static InformationProvided Answer(Guid requestId) =>
        new(requestId, Prescriber, "ECG attached: QTc 410 ms", SubmittedAt.AddHours(2));

    public static RequestWithdrawn Withdrawal(Guid requestId) =>
        new(requestId, Prescriber, "Patient moved", SubmittedAt.AddHours(2).AddMinutes(30));

    public static FollowUpReported FollowUp(Guid requestId, DateTimeOffset assessedAt) =>
        new(requestId, Guid.NewGuid(), Prescriber, DateOnly.FromDateTime(assessedAt.UtcDateTime), assessedAt);

    public static RenewalRequested Renewal(Guid requestId, DateTimeOffset at, DateTimeOffset? latestFollowUp) =>
        new(requestId, Prescriber, "Stable on the approved dose", at,
            latestFollowUp is { } f ? DateOnly.FromDateTime(f.UtcDateTime) : null);

    public static ReviewDecided RenewalApproval(Guid requestId, Guid reviewId, DateTimeOffset at, DateTimeOffset? validUntil = null) =>
        new(requestId, reviewId, DecisionOutcome.Approve, RequestedDose, null, "Abstinent, no adverse events", Reviewer, at, validUntil);

    public static ReviewDecided RenewalDenial(Guid requestId, Guid reviewId, DateTimeOffset at) =>
        new(requestId, reviewId, DecisionOutcome.Deny, null, "NO_BENEFIT", "Consumption unchanged after a year", Reviewer, at);

    public static SuspensionOrdered Suspension(Guid requestId, DateTimeOffset at) => new(requestId, Reviewer, "Hepatic enzymes tripled", at);

    public static ReinstatementOrdered Reinstatement(Guid requestId, DateTimeOffset at) => new(requestId, Reviewer, "Enzymes back to normal", at);

    public static RevocationOrdered Revocation(Guid requestId, DateTimeOffset at) => new(requestId, Reviewer, "Serious adverse reaction", at);

    public static Guid RequestIdOf(object message) => message switch
    {
        ApprovalRequested m => m.RequestId,
        ReviewDecided m => m.RequestId,
        InformationRequested m => m.RequestId,
        InformationProvided m => m.RequestId,
        RequestWithdrawn m => m.RequestId,
        SuspensionOrdered m => m.RequestId,
        ReinstatementOrdered m => m.RequestId,
        RevocationOrdered m => m.RequestId,
        _ => throw new ArgumentException($"Not a workflow message: {message.GetType().Name}", nameof(message)),
    };
}

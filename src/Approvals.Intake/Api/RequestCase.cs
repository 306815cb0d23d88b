using Approvals.Domain.Cases;
using Approvals.Intake.Persistence;

namespace Approvals.Intake.Api;

/// <summary>
/// Intake's view of a request as the case decider reads it (<see cref="CaseView"/>), so that intake's 409 and 422
/// answers are the decider's own verdicts on the state intake holds (ADR 0007).
/// </summary>
public static class RequestCase
{
    /// <summary>Why the decider refuses <paramref name="command"/> on the request as intake holds it, if it does.</summary>
    public static Refusal? Judge(RequestRecord request, CaseCommand command, DateTimeOffset now, CaseTerms? terms = null) =>
        ViewOf(request).Judge(command, now, terms);

    public static CaseState Of(RequestRecord request, CaseTerms terms) => ViewOf(request).ToState(terms);

    static CaseView ViewOf(RequestRecord request) => new(request.Status, request.PrescriberId)
    {
        ProtocolId = request.ProtocolId,
        ProtocolVersion = request.ProtocolVersion,
        RequestedDailyDoseMg = request.DailyDoseMg,
        Urgency = request.Urgency,
        SubmittedAt = request.SubmittedAt,
        ReviewOverdue = request.Overdue,
        ApprovedDailyDoseMg = request.ApprovedDailyDoseMg,
        DecidedBy = request.ReviewerId,
        DecidedAt = request.DecidedAt,
        ValidFrom = request.ValidFrom,
        ValidUntil = request.ValidUntil,
        NextFollowUpDue = request.NextFollowUpDue,
        FollowUpOverdue = request.FollowUpOverdue,
        RenewalStatus = request.RenewalStatus,
        RenewalCycle = request.RenewalCycle,
    };
}

using System.Text.Json;
using Approvals.Contracts;
using Approvals.Intake.Persistence;
using Approvals.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Intake.Consumers;

/// <summary>
/// Keeps the prescriber's view in step with the saga: each timeline entry is stored once, and only the newest one
/// sets the status, so redelivered or reordered entries change nothing.
/// </summary>
public sealed class RequestStatusChangedConsumer(IntakeDbContext db) : IConsumer<RequestStatusChanged>
{
    public async Task Consume(ConsumeContext<RequestStatusChanged> context)
    {
        var m = context.Message;
        var request = await db.Requests.SingleOrDefaultAsync(r => r.Id == m.RequestId, context.CancellationToken)
            ?? throw new InvalidOperationException($"Timeline entry for request {m.RequestId}, which intake does not hold.");

        var firstDecision = m.Decision is not null && request.DecisionOutcome is null;
        var isNew = !await db.History.AnyAsync(h => h.RequestId == m.RequestId && h.Sequence == m.Sequence, context.CancellationToken);
        if (isNew)
        {
            db.History.Add(new RequestHistoryEntry
            {
                RequestId = m.RequestId, Sequence = m.Sequence, At = m.At, Status = m.Status, ActorId = m.ActorId, Reason = m.Reason,
                Signature = StoredSignature.From(m.Signature ?? m.Decision?.Signature),
            });
        }

        if (m.Sequence > request.LastSequence)
            Apply(request, m);

        await db.SaveChangesAsync(context.CancellationToken);
        if (isNew)
            RequestMetrics.Record(m, firstDecision ? m.At - request.SubmittedAt : null);
    }

    static void Apply(RequestRecord request, RequestStatusChanged m)
    {
        request.Status = m.Status;
        request.LastSequence = m.Sequence;
        request.OpenQuestions = m.Status == RequestStatus.AwaitingInformation ? [.. m.Questions ?? []] : [];
        request.Overdue = m.ReviewOverdue;
        if (m.Terms is { } terms)
        {
            request.ValidFrom = terms.ValidFrom;
            request.ValidUntil = terms.ValidUntil;
            request.NextFollowUpDue = terms.NextFollowUpDue;
            request.FollowUpOverdue = terms.FollowUpOverdue;
            request.RenewalStatus = terms.RenewalStatus;
            request.RenewalCycle = terms.RenewalCycle;
            request.Taper = terms.Taper is null ? null : JsonSerializer.Serialize(terms.Taper);
        }

        if (m.Decision is { } decision)
        {
            request.DecisionOutcome = decision.Outcome;
            request.ApprovedDailyDoseMg = decision.ApprovedDailyDoseMg;
            request.ReasonCode = decision.ReasonCode;
            request.Rationale = decision.Rationale;
            request.ReviewerId = decision.ReviewerId;
            request.DecidedAt = decision.DecidedAt;
            request.DecisionSignature = StoredSignature.From(decision.Signature);
        }
    }
}

using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Approvals.Contracts;
using Approvals.Domain;
using Approvals.Domain.Cases;
using Approvals.Http;
using Approvals.Intake.Persistence;
using Approvals.Intake.Protocols;
using Approvals.Messaging.Outbox;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Case = Approvals.Domain.Cases;

namespace Approvals.Intake.Api;

public static class RequestEndpoints
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    const int MaxIdempotencyKeyLength = 128;

    public static RouteGroupBuilder MapRequests(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/requests").WithTags("Requests");

        group.MapPost("/", Submit).RequireAuthorization(Policies.Submit).WithName("submitRequest")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Submit an off-label request for one pseudonymous patient.");
        group.MapGet("/", List).RequireAuthorization(Policies.ReadRequests).WithName("listRequests")
            .WithSummary("Requests, newest first: a prescriber's own, or all for reviewers, specialists and auditors.");
        group.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.ReadRequests).WithName("getRequest")
            .WithSummary("One request: its status, decision, approval terms and timeline; another prescriber's request is 404.");
        group.MapPost("/{id:guid}/information", ProvideInformation).RequireAuthorization(Policies.Submit).WithName("provideInformation")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Answer the reviewer's open questions.");
        group.MapPost("/{id:guid}/withdrawal", Withdraw).RequireAuthorization(Policies.Submit).WithName("withdrawRequest")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Withdraw a request that is not yet decided.");
        return group.MapFollowUps().MapRenewals();
    }

    static async Task<Results<Accepted<AcceptedStep>, ValidationProblem, ProblemHttpResult>> Submit(
        [FromHeader(Name = IdempotencyKeyHeader), Required] string? idempotencyKey,
        SubmitRequest body,
        ClaimsPrincipal principal,
        IntakeDbContext db,
        ProtocolStore protocols,
        BusOutbox<IntakeDbContext> outbox,
        TimeProvider clock,
        ILogger<SubmitRequest> logger,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = body.Validate(now);
        if (string.IsNullOrWhiteSpace(idempotencyKey))
            errors.Add(IdempotencyKeyHeader, "Required header: a key of your choosing, the same when you retry this submission.");
        else if (idempotencyKey.Length > MaxIdempotencyKeyLength)
            errors.Add(IdempotencyKeyHeader, $"At most {MaxIdempotencyKeyLength} characters.");
        if (!errors.IsEmpty)
            return Problems.Invalid(errors);

        var protocol = await protocols.InForceAsync(body.ProtocolId!, now, cancellationToken);
        if (protocol is null)
        {
            var known = await protocols.ProtocolIdsAsync(cancellationToken);
            return Problems.Unprocessable(new ValidationErrors().Add("protocolId",
                known.Contains(body.ProtocolId!)
                    ? $"No version of '{body.ProtocolId}' is in force yet."
                    : $"Unknown protocol '{body.ProtocolId}'; known: {string.Join(", ", known)}."), "Unknown protocol.");
        }

        var user = CurrentUser.From(principal);
        var fingerprint = body.Fingerprint();
        var record = NewRecord(body, user.Id, idempotencyKey!, fingerprint, protocol.Version, now);
        db.Requests.Add(record);
        outbox.Publish((ToMessage(record) with { PrescriberName = user.Name }).Apply(protocol));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The key was used before (or a concurrent retry got there first): answer as the first time, or refuse.
            // The first submission's message was committed with it, so nothing is published again.
            db.ChangeTracker.Clear();
            var existing = await db.Requests.AsNoTracking()
                .SingleOrDefaultAsync(r => r.PrescriberId == user.Id && r.IdempotencyKey == idempotencyKey, cancellationToken);
            if (existing is null)
                throw;
            if (existing.BodyHash != fingerprint)
            {
                return Problems.Unprocessable(new ValidationErrors().Add(IdempotencyKeyHeader,
                    "This key was already used for a different request; use a new key for a new request."), "Idempotency key reused.");
            }

            logger.LogInformation("Submission {RequestId} was already stored under its idempotency key; answered as the first time", existing.Id);
            record = existing;
        }

        return TypedResults.Accepted($"/api/v1/requests/{record.Id}", new AcceptedStep(record.Id, record.Status, RequestSteps.Submission));
    }

    static async Task<Results<Ok<Page<RequestSummary>>, ValidationProblem>> List(
        string? status, int? limit, string? cursor, ClaimsPrincipal principal, IntakeDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!KebabCaseEnum.TryParse<RequestStatus>(status, out var wantedStatus))
            errors.Add("status", $"One of: {KebabCaseEnum.Choices<RequestStatus>()}.");
        var page = ListQuery.Parse(limit, cursor, CursorKind.Instants, errors);
        if (page is null)
            return Problems.Invalid(errors);

        var user = CurrentUser.From(principal);
        var query = db.Requests.AsNoTracking();
        if (!user.SeesAllRequests)
            query = query.Where(r => r.PrescriberId == user.Id);
        if (wantedStatus is { } wanted)
            query = query.Where(r => r.Status == wanted);
        if (page.After is { } after)
        {
            var submittedAt = after.Instant;
            query = query.Where(r => r.SubmittedAt < submittedAt || (r.SubmittedAt == submittedAt && r.Id < after.Id));
        }

        var rows = await query.OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id).Take(page.Limit + 1)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(page.ToPage(rows, r => new Cursor(r.SubmittedAt.UtcTicks, r.Id), RequestSummary.From));
    }

    static async Task<Results<Ok<RequestView>, ProblemHttpResult>> Get(
        Guid id, ClaimsPrincipal principal, IntakeDbContext db, ProtocolStore protocols, IOptions<ApprovalTermsRules> configured,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var withSteps = db.Requests.AsNoTracking().Include(r => r.History).Include(r => r.Refusals).AsSplitQuery();
        var record = await RequestAccess.FindVisible(id, CurrentUser.From(principal), withSteps, cancellationToken);
        if (record is null)
            return Problems.NotFound("request");
        // Only an approval has a window to renew; the standing is the one the renewal endpoint would answer now.
        var renewal = record.ValidUntil is null
            ? null
            : (await RenewalGrounds.LoadAsync(record, db, protocols, configured.Value, cancellationToken)).StandingAt(clock.GetUtcNow());
        return TypedResults.Ok(RequestView.From(record, renewal));
    }

    static async Task<Results<Accepted<AcceptedStep>, ValidationProblem, ProblemHttpResult>> ProvideInformation(
        Guid id, InformationRequest body, ClaimsPrincipal principal, IntakeDbContext db, BusOutbox<IntakeDbContext> outbox, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal);
        var record = await RequestAccess.FindOwn(id, user, db.Requests.AsNoTracking(), cancellationToken);
        if (record is null)
            return Problems.NotFound("request");
        var now = clock.GetUtcNow();
        if (RequestCase.Judge(record, new Case.ProvideInformation(user.Id, body.Text, now), now) is { } refusal)
            return refusal.ToProblem();

        outbox.Publish(new InformationProvided(id, user.Id, body.Text!, now, user.Name));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted($"/api/v1/requests/{id}", new AcceptedStep(id, record.Status, RequestSteps.Information));
    }

    static async Task<Results<Accepted<AcceptedStep>, ValidationProblem, ProblemHttpResult>> Withdraw(
        Guid id, WithdrawalRequest body, ClaimsPrincipal principal, IntakeDbContext db, BusOutbox<IntakeDbContext> outbox, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal);
        var record = await RequestAccess.FindOwn(id, user, db.Requests.AsNoTracking(), cancellationToken);
        if (record is null)
            return Problems.NotFound("request");
        var now = clock.GetUtcNow();
        switch (RequestCase.Judge(record, new Case.Withdraw(user.Id, body.Reason, now), now))
        {
            case { Kind: RefusalKind.Invalid } invalid:
                return invalid.ToProblem();
            case { } tooLate:
                // The loser of a race with a decision is told at once, and the trail keeps the attempt.
                var problem = tooLate.ToProblem();
                outbox.Publish(new AttemptRefused(id, RequestSteps.Withdrawal, user.Id, user.Name, ActorRoles.Prescriber,
                    problem.StatusCode, tooLate.Detail, now));
                await db.SaveChangesAsync(cancellationToken);
                return problem;
        }

        outbox.Publish(new RequestWithdrawn(id, user.Id, body.Reason!, now, user.Name));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted($"/api/v1/requests/{id}", new AcceptedStep(id, record.Status, RequestSteps.Withdrawal));
    }

    static RequestRecord NewRecord(SubmitRequest body, string prescriberId, string idempotencyKey, string fingerprint, int protocolVersion,
        DateTimeOffset now)
    {
        var id = NewId.NextGuid();
        return new RequestRecord
        {
            Id = id,
            PrescriberId = prescriberId,
            IdempotencyKey = idempotencyKey,
            BodyHash = fingerprint,
            ProtocolId = body.ProtocolId!,
            ProtocolVersion = protocolVersion,
            PatientPseudonym = body.Patient!.Pseudonym!,
            PatientBirthYear = body.Patient.BirthYear!.Value,
            PatientSex = body.Patient.Sex!.Value,
            DailyDoseMg = body.DailyDoseMg!.Value,
            Urgency = body.Urgency!.Value,
            Indication = body.Indication!,
            Justification = body.Justification!,
            PriorTreatments = [.. body.PriorTreatments ?? []],
            SubmittedAt = now,
            Status = RequestStatus.Submitted,
            LastSequence = 1,
            History = [new RequestHistoryEntry { RequestId = id, Sequence = 1, At = now, Status = RequestStatus.Submitted, ActorId = prescriberId }],
        };
    }

    static ApprovalRequested ToMessage(RequestRecord r) =>
        new(r.Id, r.PrescriberId, r.ProtocolId, r.ProtocolVersion, new PatientDescriptor(r.PatientPseudonym, r.PatientBirthYear, r.PatientSex),
            r.DailyDoseMg, r.Urgency, r.Indication, r.Justification, r.PriorTreatments, r.SubmittedAt,
            // A request is stored only with the patient's consent attested (SubmitRequest.Validate).
            PatientConsent: true);
}

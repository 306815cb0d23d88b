using System.Security.Claims;
using Approvals.Contracts;
using Approvals.Domain;
using Approvals.Domain.Cases;
using Approvals.Http;
using Approvals.Messaging.Outbox;
using Approvals.Persistence;
using Approvals.Review.Collegial;
using Approvals.Review.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Approvals.Review.Api;

public static class ReviewEndpoints
{
    public static RouteGroupBuilder MapReviews(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/reviews").WithTags("Reviews");

        group.MapGet("/", List).RequireAuthorization(Policies.ReadReviews).WithName("listReviews")
            .WithSummary("The review queue, earliest due first.");
        group.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.ReadReviews).WithName("getReview")
            .WithSummary("One review: the case, its questions and answer, the specialists' opinions and the decision.");
        group.MapPost("/{id:guid}/decision", Decide).RequireAuthorization(Policies.Decide).RequireRecentAuthentication()
            .WithName("decideReview").ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Approve (possibly at a lower dose), deny with a coded reason, or ask the prescriber for information.")
            .WithDescription("A reviewer who gave an opinion on the review does not decide it (409 deciderGaveOpinion). "
                + "An approval of a collegial review waits for its specialists' opinions (409 opinionsMissing) and stays "
                + "at or below the lowest dose they support (422); an expert-recommended one approved without a supporting opinion "
                + "states expertOpinionWaivedBecause (422). A denial is possible at any time.");
        group.MapOpinions();
        group.MapClaims();
        return group;
    }

    /// <param name="claimed">Whose claim: <c>mine</c>, <c>unclaimed</c> or <c>others</c> (held by another reviewer).</param>
    static async Task<Results<Ok<Page<ReviewSummary>>, ValidationProblem>> List(
        string? status, string? claimed, int? limit, string? cursor, ClaimsPrincipal principal, ReviewDbContext db,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!KebabCaseEnum.TryParse<ReviewStatus>(status, out var wantedStatus))
            errors.Add("status", $"One of: {KebabCaseEnum.Choices<ReviewStatus>()}.");
        if (!KebabCaseEnum.TryParse<ClaimFilter>(claimed, out var wantedClaim))
            errors.Add("claimed", $"One of: {KebabCaseEnum.Choices<ClaimFilter>()}.");
        var page = ListQuery.Parse(limit, cursor, CursorKind.Instants, errors);
        if (page is null)
            return Problems.Invalid(errors);

        var query = db.Reviews.AsNoTracking();
        if (wantedStatus is { } wanted)
            query = query.Where(r => r.Status == wanted);
        if (wantedClaim is { } claim)
            query = claim.Apply(query, CurrentUser.From(principal).Id);
        if (page.After is { } after)
        {
            var dueAt = after.Instant;
            query = query.Where(r => r.DueAt > dueAt || (r.DueAt == dueAt && r.Id > after.Id));
        }

        var rows = await QueueRow.WithOpinionsAsync(
            await QueueRow.Of(query.OrderBy(r => r.DueAt).ThenBy(r => r.Id).Take(page.Limit + 1)).ToListAsync(cancellationToken), db, cancellationToken);
        return TypedResults.Ok(page.ToPage(rows, r => new Cursor(r.DueAt.UtcTicks, r.Id), ReviewSummary.From));
    }

    static async Task<Results<Ok<ReviewView>, ProblemHttpResult>> Get(Guid id, ReviewDbContext db, CancellationToken cancellationToken)
    {
        var review = await db.Reviews.AsNoTracking().Include(r => r.Opinions).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return review is null ? Problems.NotFound("review") : TypedResults.Ok(ReviewView.From(review));
    }

    static async Task<Results<Ok<ReviewView>, ValidationProblem, ProblemHttpResult>> Decide(
        Guid id, DecisionRequest body, ClaimsPrincipal principal, ReviewDbContext db, BusOutbox<ReviewDbContext> outbox,
        IOptions<ApprovalTermsRules> terms, TimeProvider clock, ILogger<DecisionRequest> logger, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal);
        var review = await db.Reviews.Include(r => r.Opinions).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (review is null)
            return Problems.NotFound("review");

        Task<ProblemHttpResult> Refuse(ProblemHttpResult problem) =>
            Refusals.RecordAsync(review, user, Refusals.Decision, ActorRoles.Reviewer, problem, db, outbox, clock, cancellationToken);

        // The decider's guards, on the round this row holds: who may decide it, a valid body, what an approval needs.
        var round = ReviewRounds.Of(review);
        if (body.Outcome is null)
        {
            return ReviewGuards.CheckDeciding(round, review.PrescriberId, user.Id) is { } notThisReviewer
                ? await Refuse(notThisReviewer.ToProblem())
                : Problems.Invalid(DecisionRequest.OutcomeMissing());
        }

        var now = clock.GetUtcNow();
        var command = body.ToCommand(review.Id, user.Id, now);
        if (ReviewGuards.CheckDecision(round, review.PrescriberId, command, ReviewRounds.TermsOf(review, terms.Value)) is { } refusal)
        {
            // An invalid body is answered, not recorded: nothing was attempted on the case.
            return refusal.Kind == RefusalKind.Invalid ? refusal.ToProblem() : await Refuse(refusal.ToProblem());
        }

        var decision = command.Decision;
        var waiver = command.ExpertOpinionWaivedBecause?.Trim();
        if (decision.Outcome == DecisionOutcome.RequestInformation)
            outbox.Publish(AskForInformation(review, decision, user, now));
        else
        {
            outbox.Publish(RecordDecision(review, decision, command.ValidUntil, waiver, user, now));
            db.Entry(review).EndClaim();
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The decision was checked against the opinions it saw; whatever changed since, it must be taken again.
            db.ChangeTracker.Clear();
            var current = await db.Reviews.AsNoTracking().Include(r => r.Opinions).SingleAsync(r => r.Id == id, cancellationToken);
            logger.LogInformation("A decision on review {ReviewId} lost a race to a concurrent write and was refused", id);
            if (current.Status == ReviewStatus.Open && ReviewGuards.CheckDecider(user.Id, ReviewRounds.OpinionsOf(current)) is { } raced)
                return await Refuse(raced.ToProblem());
            return await Refuse(Problems.Conflict(current.Status != ReviewStatus.Open
                ? "Another decision on this review was recorded first."
                : "An opinion was recorded on this review while you decided; look at it again before deciding."));
        }

        ReviewMetrics.ReviewerActed(review, decision.Outcome, now);
        return TypedResults.Ok(ReviewView.From(review));
    }

    static InformationRequested AskForInformation(ReviewItem review, ReviewDecision decision, CurrentUser user, DateTimeOffset now)
    {
        review.Status = ReviewStatus.AwaitingInformation;
        review.Questions = [.. decision.Questions!];
        if (!review.InformationRequestedBy.Contains(user.Id))
            review.InformationRequestedBy = [.. review.InformationRequestedBy, user.Id];
        review.Answer = null;
        review.AnsweredAt = null;
        var signature = SignNewVersion(review, user, SignatureMeaning.Review, now);
        return new InformationRequested(review.RequestId, review.Id, review.Questions, user.Id, now, user.Name, signature);
    }

    static ReviewDecided RecordDecision(ReviewItem review, ReviewDecision decision, DateTimeOffset? validUntil, string? waiver,
        CurrentUser user, DateTimeOffset now)
    {
        review.Status = ReviewStatus.Decided;
        review.Outcome = decision.Outcome;
        review.ApprovedDailyDoseMg = decision.Outcome == DecisionOutcome.Deny ? null : DecisionRules.ApprovedDose(decision, review.DailyDoseMg);
        review.ReasonCode = decision.Outcome == DecisionOutcome.Deny ? decision.ReasonCode : null;
        review.Rationale = decision.Rationale;
        review.DecidedBy = user.Id;
        review.DecidedAt = now;
        review.ValidUntil = validUntil;
        review.ExpertOpinionWaivedBecause = ReviewGuards.IsApproval(decision.Outcome) ? waiver : null;
        var meaning = decision.Outcome == DecisionOutcome.Deny ? SignatureMeaning.Denial : SignatureMeaning.Approval;
        var signature = SignNewVersion(review, user, meaning, now);
        return new ReviewDecided(review.RequestId, review.Id, decision.Outcome, review.ApprovedDailyDoseMg, review.ReasonCode,
            review.Rationale, user.Id, now, validUntil, user.Name, signature, review.ExpertOpinionWaivedBecause, review.ProtocolVersion);
    }

    /// <summary>The decision is part of the review's new version, so the signature binds the reviewer to what they decided.</summary>
    static ElectronicSignature SignNewVersion(ReviewItem review, CurrentUser user, SignatureMeaning meaning, DateTimeOffset now)
    {
        review.Version++;
        var signature = Signing.Sign(user, meaning, now, SignedReviewVersion.Of(review));
        review.Signature = StoredSignature.From(signature);
        return signature;
    }
}

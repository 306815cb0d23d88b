using System.Security.Claims;
using Approvals.Contracts;
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

namespace Approvals.Review.Api;

/// <summary>Specialists give signed opinions on a review round; the reviewer decides on them.</summary>
public static class OpinionEndpoints
{
    public static RouteGroupBuilder MapOpinions(this RouteGroupBuilder reviews)
    {
        reviews.MapPost("/{id:guid}/opinions", Opine)
            .RequireAuthorization(policy => policy.RequireRole(Roles.Specialist))
            .RequireRecentAuthentication()
            .WithName("giveOpinion").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("A specialist's signed opinion: recommend approval up to a supported daily dose, or denial, with a rationale.")
            .WithDescription("One opinion per specialist and review (a second is 409); never on one's own request (403); only while "
                + "the review is open (409); never by whoever asked the prescriber for information in this round or decided it "
                + "(409 opinionFromReviewer). A collegial review is approved only once enough distinct specialists recommend it.");
        return reviews;
    }

    static async Task<Results<Ok<ReviewView>, ValidationProblem, ProblemHttpResult>> Opine(
        Guid id, OpinionRequest body, ClaimsPrincipal principal, ReviewDbContext db, BusOutbox<ReviewDbContext> outbox, TimeProvider clock,
        ILogger<OpinionRequest> logger, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal);
        var review = await db.Reviews.Include(r => r.Opinions).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (review is null)
            return Problems.NotFound("review");

        Task<ProblemHttpResult> Refuse(ProblemHttpResult problem) =>
            Refusals.RecordAsync(review, user, Refusals.Opinion, Roles.Specialist, problem, db, outbox, clock, cancellationToken);

        // The decider's guards, on the round this row holds: who may give an opinion on it now, and a valid body.
        var command = body.ToCommand(review.Id, user.Id, clock.GetUtcNow());
        if (ReviewGuards.CheckOpinion(ReviewRounds.Of(review), review.PrescriberId, command) is { } refusal)
        {
            // An invalid body is answered, not recorded: nothing was attempted on the case.
            return refusal.Kind == RefusalKind.Invalid ? refusal.ToProblem() : await Refuse(refusal.ToProblem());
        }

        var seenVersion = review.Version;
        var opinion = new Opinion(user.Id, command.Recommendation!.Value, command.SupportedDailyDoseMg);
        outbox.Publish(Record(review, opinion, command.Rationale!.Trim(), user, command.At));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The review's version and the one-opinion-per-specialist index let only one of two racing writes through.
            db.ChangeTracker.Clear();
            var current = await db.Reviews.AsNoTracking().Include(r => r.Opinions).SingleAsync(r => r.Id == id, cancellationToken);
            var lostTo = ReviewGuards.CheckOpinion(ReviewRounds.Of(current), current.PrescriberId, command);
            if (lostTo is null && current.Version == seenVersion)
                throw;
            logger.LogInformation("An opinion on review {ReviewId} lost a race to a concurrent write and was refused", id);
            if (lostTo is not null)
                return await Refuse(lostTo.ToProblem());
            return await Refuse(Problems.Conflict(
                "Another opinion was recorded on this review while you gave yours; nothing of yours was stored, send it again."));
        }

        return TypedResults.Ok(ReviewView.From(review));
    }

    /// <summary>
    /// The opinion makes a new version of the review: the specialist signs that version (the case and the opinions before
    /// theirs) together with their opinion, and a decision racing with it finds the version changed.
    /// </summary>
    static OpinionRecorded Record(ReviewItem review, Opinion opinion, string rationale, CurrentUser user, DateTimeOffset now)
    {
        var opinionId = NewId.NextGuid();
        review.Version++;
        var signed = new SignedOpinion(SignedReviewVersion.Of(review), opinionId, user.Id, opinion.Recommendation, opinion.SupportedDailyDoseMg,
            rationale);
        var signature = Signing.Sign(user, SignatureMeaning.CollegialOpinion, now, signed);
        review.Opinions.Add(new ReviewOpinion
        {
            Id = opinionId, ReviewId = review.Id, SpecialistId = user.Id, SpecialistName = user.Name, Recommendation = opinion.Recommendation,
            SupportedDailyDoseMg = opinion.SupportedDailyDoseMg, Rationale = rationale, RecordedAt = now,
            Signature = StoredSignature.From(signature)!,
        });
        return new OpinionRecorded(review.RequestId, review.Id, review.Version, opinionId, user.Id, user.Name, opinion.Recommendation,
            opinion.SupportedDailyDoseMg, rationale, now, signature);
    }
}

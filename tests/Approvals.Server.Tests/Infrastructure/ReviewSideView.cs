using Approvals.Contracts;
using Approvals.Review;
using Approvals.Review.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Server.Tests.Infrastructure;

/// <summary>
/// The review service's view of a request, which safety actions are judged on. It follows the workflow's timeline from
/// its own queue, so a spec that acts on a status the prescriber's view shows waits for this view too.
/// </summary>
public static class ReviewSideView
{
    public static Task WaitForReviewViewAsync(this ApprovalsApiFactory api, Guid requestId, RequestStatus status) =>
        Eventually.UntilAsync(() => ApprovalViews.StatusAsync(api.Services, requestId, CancellationToken.None), seen => seen == status,
            $"the review service to see request {requestId} {status}");

    /// <summary>The view's row as stored, or null while the review service has heard nothing of the request.</summary>
    public static async Task<ApprovalRecord?> ReviewViewAsync(this ApprovalsApiFactory api, Guid requestId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        return await db.Approvals.AsNoTracking().SingleOrDefaultAsync(a => a.RequestId == requestId);
    }
}

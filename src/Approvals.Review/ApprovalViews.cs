using Approvals.Contracts;
using Approvals.Review.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Review;

/// <summary>
/// The status the review service's view holds for a request, which its safety actions are judged on. It follows the
/// workflow's timeline as the prescriber's view does, each from its own queue, so a moment after the prescriber's view
/// shows a status this one may still show the one before: callers in this process that act right after a change
/// (the demo, tests) wait for it here.
/// </summary>
public static class ApprovalViews
{
    /// <summary>Null while the review service has heard nothing of the request.</summary>
    public static async Task<RequestStatus?> StatusAsync(IServiceProvider services, Guid requestId, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        return await db.Approvals.AsNoTracking().Where(a => a.RequestId == requestId).Select(a => (RequestStatus?)a.Status)
            .SingleOrDefaultAsync(cancellationToken);
    }
}

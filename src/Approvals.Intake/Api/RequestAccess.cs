using Approvals.Http;
using Approvals.Intake.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Intake.Api;

internal static class RequestAccess
{
    /// <summary>A prescriber sees only their own requests; anyone else's answers 404, so ids reveal nothing.</summary>
    public static Task<RequestRecord?> FindVisible(Guid id, CurrentUser user, IQueryable<RequestRecord> requests,
        CancellationToken cancellationToken) =>
        user.SeesAllRequests
            ? requests.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            : requests.SingleOrDefaultAsync(r => r.Id == id && r.PrescriberId == user.Id, cancellationToken);
}

using Approvals.Http;
using Approvals.Intake.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Intake.Api;

/// <summary>
/// Seeing a request is a role's right; acting as its prescriber belongs to its prescriber alone, whatever other roles
/// the caller holds. Both answer 404 for a request the caller may not see or act on, so ids reveal nothing.
/// </summary>
internal static class RequestAccess
{
    /// <summary>A prescriber sees only their own requests; reviewers, specialists and auditors see every one.</summary>
    public static Task<RequestRecord?> FindVisible(Guid id, CurrentUser user, IQueryable<RequestRecord> requests,
        CancellationToken cancellationToken) =>
        user.SeesAllRequests
            ? requests.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            : FindOwn(id, user, requests, cancellationToken);

    /// <summary>For every prescriber's step (answer, withdrawal, follow-up, renewal): the caller's own request, or none.</summary>
    public static Task<RequestRecord?> FindOwn(Guid id, CurrentUser user, IQueryable<RequestRecord> requests,
        CancellationToken cancellationToken) =>
        requests.SingleOrDefaultAsync(r => r.Id == id && r.PrescriberId == user.Id, cancellationToken);
}

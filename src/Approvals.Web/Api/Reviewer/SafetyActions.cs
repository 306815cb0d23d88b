using Approvals.ApiClient;

namespace Approvals.Web.Api.Reviewer;

/// <summary>A reviewer's safety action on an approval.</summary>
public enum SafetyAction
{
    Suspension,
    Reinstatement,
    Revocation,
}

public static class SafetyActions
{
    /// <summary><c>POST /api/v1/requests/{id}/suspension</c>, <c>/reinstatement</c> or <c>/revocation</c>.</summary>
    public static Task<AcceptedStep> OrderAsync(this ApprovalsApiClient api, SafetyAction action, Guid requestId, string? reason,
        CancellationToken cancellationToken = default)
    {
        var input = new SafetyActionInput { Reason = reason };
        return action switch
        {
            SafetyAction.Suspension => api.SuspendApprovalAsync(requestId, input, cancellationToken),
            SafetyAction.Reinstatement => api.ReinstateApprovalAsync(requestId, input, cancellationToken),
            SafetyAction.Revocation => api.RevokeApprovalAsync(requestId, input, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
    }

    /// <summary>Suspension and revocation are signed, so they need a recent sign-in; a reinstatement is not.</summary>
    public static bool IsSigned(SafetyAction action) => action is SafetyAction.Suspension or SafetyAction.Revocation;
}

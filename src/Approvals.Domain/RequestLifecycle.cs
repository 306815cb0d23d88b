using Approvals.Contracts;

namespace Approvals.Domain;

/// <summary>Which steps a request's status allows; the saga enforces the same rules, the views use them to answer 409 early.</summary>
public static class RequestLifecycle
{
    /// <summary>Nothing can happen to the request any more.</summary>
    public static bool IsClosed(RequestStatus status) =>
        status is RequestStatus.Denied or RequestStatus.Withdrawn or RequestStatus.Lapsed or RequestStatus.Revoked or RequestStatus.Expired;

    /// <summary>The initial review is over: the request is closed, or it is an approval that lives on.</summary>
    public static bool IsDecided(RequestStatus status) => IsClosed(status) || IsApproval(status);

    /// <summary>An approval in force or halted: follow-ups, renewals and safety actions apply.</summary>
    public static bool IsApproval(RequestStatus status) => status is RequestStatus.Approved or RequestStatus.Suspended;

    public static bool CanWithdraw(RequestStatus status) => !IsDecided(status);

    public static bool CanAnswerInformation(RequestStatus status) => status == RequestStatus.AwaitingInformation;

    public static bool CanReportFollowUp(RequestStatus status) => IsApproval(status);

    public static bool CanRenew(RequestStatus status) => status == RequestStatus.Approved;

    public static bool CanSuspend(RequestStatus status) => status == RequestStatus.Approved;

    public static bool CanReinstate(RequestStatus status) => status == RequestStatus.Suspended;

    public static bool CanRevoke(RequestStatus status) => IsApproval(status);
}

using Approvals.Contracts;

namespace Approvals.Domain;

/// <summary>Which steps a request's status allows; the saga enforces the same rules, the views use them to answer 409 early.</summary>
public static class RequestLifecycle
{
    public static bool IsFinal(RequestStatus status) =>
        status is RequestStatus.Approved or RequestStatus.Denied or RequestStatus.Withdrawn or RequestStatus.Lapsed;

    public static bool CanWithdraw(RequestStatus status) => !IsFinal(status);

    public static bool CanAnswerInformation(RequestStatus status) => status == RequestStatus.AwaitingInformation;
}

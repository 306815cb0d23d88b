using Approvals.Contracts;

namespace Approvals.Domain.Tests;

public sealed class RequestLifecycleSpecs
{
    public sealed record Steps(bool Closed, bool Withdraw, bool Answer, bool FollowUp, bool Renew, bool Suspend, bool Reinstate, bool Revoke);

    public static TheoryData<RequestStatus, Steps> Table => new()
    {
        //                                          closed withdraw answer followUp renew  suspend reinstate revoke
        { RequestStatus.Submitted,           new(false, true,  false, false, false, false, false, false) },
        { RequestStatus.UnderReview,         new(false, true,  false, false, false, false, false, false) },
        { RequestStatus.AwaitingInformation, new(false, true,  true,  false, false, false, false, false) },
        { RequestStatus.Approved,            new(false, false, false, true,  true,  true,  false, true) },
        { RequestStatus.Suspended,           new(false, false, false, true,  false, false, true,  true) },
        { RequestStatus.Denied,              new(true,  false, false, false, false, false, false, false) },
        { RequestStatus.Withdrawn,           new(true,  false, false, false, false, false, false, false) },
        { RequestStatus.Lapsed,              new(true,  false, false, false, false, false, false, false) },
        { RequestStatus.Revoked,             new(true,  false, false, false, false, false, false, false) },
        { RequestStatus.Expired,             new(true,  false, false, false, false, false, false, false) },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_status_allows_exactly_its_steps(RequestStatus status, Steps steps)
    {
        var actual = new Steps(RequestLifecycle.IsClosed(status), RequestLifecycle.CanWithdraw(status),
            RequestLifecycle.CanAnswerInformation(status), RequestLifecycle.CanReportFollowUp(status), RequestLifecycle.CanRenew(status),
            RequestLifecycle.CanSuspend(status), RequestLifecycle.CanReinstate(status), RequestLifecycle.CanRevoke(status));

        Assert.Equal(steps, actual);
    }

    [Fact]
    public void The_table_covers_every_status()
    {
        // A new status must be classified here before it can ship.
        var covered = Table.Select(row => (RequestStatus)row[0]).Order();

        Assert.Equal(Enum.GetValues<RequestStatus>().Order(), covered);
    }
}

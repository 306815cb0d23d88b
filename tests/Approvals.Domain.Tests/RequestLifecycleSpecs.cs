using Approvals.Contracts;

namespace Approvals.Domain.Tests;

public sealed class RequestLifecycleSpecs
{
    public static TheoryData<RequestStatus, bool, bool, bool> Table => new()
    {
        // status                           final  withdraw  answer
        { RequestStatus.Submitted,           false, true,     false },
        { RequestStatus.UnderReview,         false, true,     false },
        { RequestStatus.AwaitingInformation, false, true,     true },
        { RequestStatus.Approved,            true,  false,    false },
        { RequestStatus.Denied,              true,  false,    false },
        { RequestStatus.Withdrawn,           true,  false,    false },
        { RequestStatus.Lapsed,              true,  false,    false },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_status_allows_exactly_its_steps(RequestStatus status, bool isFinal, bool canWithdraw, bool canAnswer)
    {
        Assert.Equal(isFinal, RequestLifecycle.IsFinal(status));
        Assert.Equal(canWithdraw, RequestLifecycle.CanWithdraw(status));
        Assert.Equal(canAnswer, RequestLifecycle.CanAnswerInformation(status));
    }

    [Fact]
    public void The_table_covers_every_status()
    {
        // A new status must be classified here before it can ship.
        var covered = Table.Select(row => (RequestStatus)row[0]).Order();

        Assert.Equal(Enum.GetValues<RequestStatus>().Order(), covered);
    }
}

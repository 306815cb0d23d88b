using Approvals.Contracts;
using Approvals.Domain.Cases;
using Approvals.Intake.Api;
using Approvals.Intake.Persistence;

namespace Approvals.Server.Tests.Prechecks;

/// <summary>
/// Intake answers 409 early by running the case decider on its view of the request. Every status the view can hold
/// allows exactly its steps, and a renewal under review is told apart from an approval without one.
/// </summary>
public sealed class When_intake_judges_a_step_on_its_view
{
    const string Prescriber = "dr-prescriber";
    const string Reviewer = "dr-reviewer";
    static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    public sealed record Steps(bool Withdraw, bool Answer, bool FollowUp, bool Renew, bool Suspend, bool Reinstate, bool Revoke);

    public static TheoryData<RequestStatus, Steps> Table => new()
    {
        //                                          withdraw answer followUp renew  suspend reinstate revoke
        { RequestStatus.Submitted,           new(true,  false, false, false, false, false, false) },
        { RequestStatus.UnderReview,         new(true,  false, false, false, false, false, false) },
        { RequestStatus.AwaitingInformation, new(true,  true,  false, false, false, false, false) },
        { RequestStatus.Approved,            new(false, false, true,  true,  true,  false, true) },
        { RequestStatus.Suspended,           new(false, false, true,  false, false, true,  true) },
        { RequestStatus.Denied,              new(false, false, false, false, false, false, false) },
        { RequestStatus.Withdrawn,           new(false, false, false, false, false, false, false) },
        { RequestStatus.Lapsed,              new(false, false, false, false, false, false, false) },
        { RequestStatus.Revoked,             new(false, false, false, false, false, false, false) },
        { RequestStatus.Expired,             new(false, false, false, false, false, false, false) },
    };

    static RequestRecord ViewIn(RequestStatus status, RenewalStatus? renewal = null)
    {
        var approval = status is not (RequestStatus.Submitted or RequestStatus.UnderReview or RequestStatus.AwaitingInformation
            or RequestStatus.Denied or RequestStatus.Withdrawn or RequestStatus.Lapsed);
        return new RequestRecord
        {
            Id = Guid.NewGuid(), PrescriberId = Prescriber, ProtocolId = "baclofen-aud", ProtocolVersion = 1, DailyDoseMg = 90,
            SubmittedAt = Now.AddDays(-40), Status = status, RenewalStatus = renewal,
            ApprovedDailyDoseMg = approval ? 90 : null,
            ValidFrom = approval ? Now.AddDays(-30) : null,
            ValidUntil = approval ? Now.AddDays(150) : null,
        };
    }

    static bool Allows(RequestRecord view, CaseCommand command) => RequestCase.Judge(view, command, Now) is null;

    static Steps StepsOf(RequestRecord view)
    {
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        return new Steps(
            Allows(view, new Withdraw(Prescriber, "The patient moved away.", Now)),
            Allows(view, new ProvideInformation(Prescriber, "Liver tests are normal.", Now)),
            Allows(view, new ReportFollowUp(Guid.NewGuid(), Prescriber, today, 90, Now)),
            Allows(view, new RequestRenewal(Guid.NewGuid(), Prescriber, null, Now, today, Protocol: null)),
            Allows(view, new Suspend(Reviewer, "ALT five times the upper limit.", Now)),
            Allows(view, new Reinstate(Reviewer, "ALT back to normal.", Now)),
            Allows(view, new Revoke(Reviewer, "Serious adverse event.", Now)));
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_status_allows_exactly_its_steps(RequestStatus status, Steps steps)
    {
        Assert.Equal(steps, StepsOf(ViewIn(status)));
    }

    [Fact]
    public void The_table_covers_every_status()
    {
        // A new status must be classified here before it can ship.
        var covered = Table.Select(row => (RequestStatus)row[0]).Order();

        Assert.Equal(Enum.GetValues<RequestStatus>().Order(), covered);
    }

    [Fact]
    public void A_renewal_under_review_refuses_a_second_one_but_not_a_suspension()
    {
        var view = ViewIn(RequestStatus.Approved, RenewalStatus.UnderReview);
        var today = DateOnly.FromDateTime(Now.UtcDateTime);

        var second = RequestCase.Judge(view, new RequestRenewal(Guid.NewGuid(), Prescriber, null, Now, today, Protocol: null), Now);

        Assert.Equal(RefusalCodes.RenewalUnderReview, second?.Code);
        Assert.True(Allows(view, new Suspend(Reviewer, "ALT five times the upper limit.", Now)));
    }

    [Fact]
    public void A_step_the_state_refuses_names_the_status_as_the_api_spells_it()
    {
        var refusal = RequestCase.Judge(ViewIn(RequestStatus.UnderReview), new ProvideInformation(Prescriber, "Unasked.", Now), Now);

        Assert.Equal((RefusalCodes.NoQuestionOpen, RefusalKind.Conflict), (refusal?.Code, refusal?.Kind));
        Assert.StartsWith("The request is under-review;", refusal!.Detail, StringComparison.Ordinal);
    }
}

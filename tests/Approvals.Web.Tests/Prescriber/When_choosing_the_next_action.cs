using Approvals.ApiClient;
using Approvals.Web.Components.Pages.Prescriber;

namespace Approvals.Web.Tests.Prescriber;

public sealed class When_choosing_the_next_action
{
    static readonly DateTimeOffset Due = new(2026, 12, 20, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("submitted", "NextAction_AwaitDecision")]
    [InlineData("under-review", "NextAction_AwaitDecision")]
    [InlineData("awaiting-information", "NextAction_AnswerQuestions")]
    [InlineData("denied", "NextAction_None")]
    [InlineData("withdrawn", "NextAction_None")]
    [InlineData("revoked", "NextAction_None")]
    [InlineData("expired", "NextAction_None")]
    public void Should_follow_the_status(string status, string key)
    {
        Assert.Equal(new NextAction(key), NextAction.For(status, detail: null));
    }

    [Theory]
    [InlineData("approved", false)]
    [InlineData("suspended", true)]
    public void Should_give_an_approvals_follow_up_date_and_whether_it_is_overdue(string status, bool overdue)
    {
        var detail = new RequestView
        {
            Id = Guid.NewGuid(), Status = status, ProtocolId = "p", ProtocolVersion = 1, PrescriberId = "dr-x",
            Patient = new PatientDescriptor { Pseudonym = "PT-0001", BirthYear = 1970, Sex = "male" }, DailyDoseMg = 60, ApprovedDailyDoseMg = 60,
            Urgency = "standard", Indication = "i", Justification = "j", SubmittedAt = Due, DecidedAt = Due, ValidFrom = Due, ValidUntil = Due,
            NextFollowUpDue = Due, FollowUpOverdue = overdue,
        };

        Assert.Equal(new NextAction("NextAction_FollowUpBy", Due, overdue), NextAction.For(status, detail));
    }

    [Fact]
    public void Should_read_the_detail_only_where_the_prescriber_acts()
    {
        Assert.Equal(["awaiting-information", "approved", "suspended"],
            new[] { "submitted", "under-review", "awaiting-information", "approved", "denied", "withdrawn", "lapsed", "suspended", "revoked", "expired" }
                .Where(NextAction.NeedsDetail));
    }
}

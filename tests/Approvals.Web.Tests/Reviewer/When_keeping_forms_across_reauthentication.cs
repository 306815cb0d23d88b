using Approvals.Web.Api.Reviewer;
using Approvals.Web.Components.Pages.Reviewer;
using Approvals.Web.Components.Pages.Specialist;

namespace Approvals.Web.Tests.Reviewer;

public sealed class When_keeping_forms_across_reauthentication
{
    [Fact]
    public void Should_restore_every_field_of_a_decision()
    {
        var typed = new DecisionForm
        {
            Outcome = DecisionForm.ApproveModified, ApprovedDailyDoseMg = 142.5m, Rationale = "Lower dose first.",
            Questions = "One?\nTwo?", ValidUntil = new DateOnly(2027, 3, 1), Waiver = "Specialist unavailable.", ConfirmedOverClaim = true,
        };

        var restored = DecisionForm.FromValues(typed.ToValues());

        Assert.Equivalent(typed, restored);
    }

    [Fact]
    public void Should_send_questions_one_per_line_and_leave_blanks_out()
    {
        var form = new DecisionForm { Outcome = DecisionForm.RequestInformation, Questions = " Which dose before?\n\n Any liver test? ", Rationale = "  " };

        var input = form.ToInput(TimeZoneInfo.Utc);

        Assert.Equal(["Which dose before?", "Any liver test?"], input.Questions);
        Assert.Null(input.Rationale);
        Assert.Null(input.ValidUntil);
    }

    [Fact]
    public void Should_end_the_validity_at_the_end_of_the_day_where_the_reviewer_is()
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

        var until = new DecisionForm { Outcome = DecisionForm.Approve, ValidUntil = new DateOnly(2027, 1, 15) }.ToInput(paris).ValidUntil;

        Assert.Equal(new DateTimeOffset(2027, 1, 15, 23, 59, 0, TimeSpan.FromHours(1)), until);
    }

    [Fact]
    public void Should_restore_an_opinion_and_a_safety_action()
    {
        var opinion = new OpinionForm { Recommendation = "approve", SupportedDailyDoseMg = 150, Rationale = "Tolerated." };
        var safety = new SafetyForm { Action = SafetyAction.Revocation, Reason = "Serious adverse event." };

        Assert.Equivalent(opinion, OpinionForm.FromValues(opinion.ToValues()));
        Assert.Equivalent(safety, SafetyForm.FromValues(safety.ToValues()));
    }

    [Theory]
    [InlineData("approved", new[] { SafetyAction.Suspension, SafetyAction.Revocation })]
    [InlineData("suspended", new[] { SafetyAction.Reinstatement, SafetyAction.Revocation })]
    [InlineData("revoked", new SafetyAction[0])]
    [InlineData("under-review", new SafetyAction[0])]
    public void Should_offer_only_the_safety_actions_the_status_allows(string status, SafetyAction[] expected)
    {
        Assert.Equal(expected, SafetyForm.AllowedFor(status));
    }
}

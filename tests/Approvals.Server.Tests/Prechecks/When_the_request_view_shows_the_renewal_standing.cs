using Approvals.Contracts;
using Approvals.Domain.Cases;
using Approvals.Intake.Api;
using Approvals.Intake.Persistence;

namespace Approvals.Server.Tests.Prechecks;

/// <summary>
/// The request view's <c>renewal</c> says whether the prescriber may ask for a renewal now, by the decider's rule on the
/// request as intake holds it, at the rule's boundaries: the renewed window's start, the recent follow-up's first day,
/// one renewal at a time, an approval in force.
/// </summary>
public sealed class When_the_request_view_shows_the_renewal_standing
{
    const string Prescriber = "dr-prescriber";
    static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    /// <summary>The default follow-up interval is 31 days: an assessment from 2026-05-01 on is recent at <see cref="Now"/>.</summary>
    static readonly DateOnly FirstRecentDay = Today.AddDays(-31);

    static RequestRecord Approval(RequestStatus status = RequestStatus.Approved, RenewalStatus? renewal = null, DateTimeOffset? validFrom = null) =>
        new()
        {
            Id = Guid.NewGuid(), PrescriberId = Prescriber, ProtocolId = "baclofen-aud", ProtocolVersion = 1, DailyDoseMg = 90,
            SubmittedAt = Now.AddDays(-100), Status = status, RenewalStatus = renewal, ApprovedDailyDoseMg = 90,
            ValidFrom = validFrom ?? Now.AddDays(-90), ValidUntil = (validFrom ?? Now.AddDays(-90)).AddDays(180),
        };

    static RenewalView ViewOf(RequestRecord request, DateOnly? latestFollowUp) =>
        RenewalView.Of(request, new RenewalGrounds(RequestCase.Of(request, CaseTerms.Default), latestFollowUp, Protocol: null).StandingAt(Now));

    [Fact]
    public void A_follow_up_on_the_first_recent_day_lets_the_prescriber_ask()
    {
        var view = ViewOf(Approval(), FirstRecentDay);

        Assert.Equal((true, null, null, null), (view.CanAsk, view.Reason, view.OpensAt, view.FollowUpFrom));
    }

    [Fact]
    public void A_follow_up_one_day_older_is_not_recent_and_the_view_names_the_first_day_that_counts()
    {
        var view = ViewOf(Approval(), FirstRecentDay.AddDays(-1));

        Assert.Equal((false, RefusalCodes.FollowUpMissing, FirstRecentDay), (view.CanAsk, view.Reason, view.FollowUpFrom));
    }

    [Fact]
    public void No_follow_up_at_all_is_follow_up_missing()
    {
        Assert.Equal(RefusalCodes.FollowUpMissing, ViewOf(Approval(), latestFollowUp: null).Reason);
    }

    [Fact]
    public void A_renewed_window_starting_later_is_too_early_and_says_when_it_opens()
    {
        var later = ViewOf(Approval(validFrom: Now.AddTicks(1)), Today);
        var started = ViewOf(Approval(validFrom: Now), Today);

        Assert.Equal((false, RefusalCodes.RenewedWindowNotStarted, Now.AddTicks(1)), (later.CanAsk, later.Reason, later.OpensAt));
        Assert.True(started.CanAsk);
    }

    [Fact]
    public void A_renewal_under_review_refuses_a_second_one()
    {
        var view = ViewOf(Approval(renewal: RenewalStatus.UnderReview), Today);

        Assert.Equal((false, RefusalCodes.RenewalUnderReview, RenewalStatus.UnderReview), (view.CanAsk, view.Reason, view.Status));
    }

    [Theory]
    [InlineData(RequestStatus.Suspended)]
    [InlineData(RequestStatus.Revoked)]
    [InlineData(RequestStatus.Expired)]
    public void An_approval_not_in_force_cannot_be_renewed_whatever_its_follow_ups(RequestStatus status)
    {
        var view = ViewOf(Approval(status), Today);

        Assert.Equal((false, RefusalCodes.NotInForce), (view.CanAsk, view.Reason));
    }

    [Fact]
    public void The_view_and_the_renewal_endpoint_ask_the_same_rule()
    {
        // What the view shows is what a renewal request sent now would meet.
        foreach (var (request, latest) in new[] { (Approval(), (DateOnly?)null), (Approval(), Today), (Approval(RequestStatus.Suspended), Today) })
        {
            var refusal = RequestCase.Judge(request, new RequestRenewal(Guid.NewGuid(), Prescriber, null, Now, latest, Protocol: null), Now);
            Assert.Equal(refusal?.Code, ViewOf(request, latest).Reason);
        }
    }
}

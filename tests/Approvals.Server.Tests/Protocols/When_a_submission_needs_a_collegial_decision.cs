using System.Net;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Protocols;

/// <summary>
/// From submission to approval under a version shaped like the 2014 framework: 250 mg/day lies in the collegial tier
/// (above 180, up to 300), so two distinct specialists must recommend approval before a reviewer can approve, and no
/// higher than the dose they supported.
/// </summary>
public sealed class When_a_submission_needs_a_collegial_decision(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Fact]
    public async Task Should_take_two_specialists_opinions_then_the_reviewer_s_approval_within_the_supported_dose()
    {
        using var admin = await api.AdminAsync();
        var protocolId = ProtocolsApi.NewProtocolId();
        await admin.PublishInForceAsync(ProtocolsApi.DocumentEffectiveNow(protocolId));
        var open = await OpenCase.StartAsync(api, SubmissionBodies.Valid(dailyDoseMg: 250).Set("protocolId", protocolId));

        var review = await open.Reviewer.GetReviewAsync(open.ReviewId);
        Assert.Equal(("collegial", 2), (review["requirement"]!.Str("level"), review["requirement"]!["specialists"]!.GetValue<int>()));
        using var tooEarly = await open.Reviewer.DecideAsync(open.ReviewId, Decisions.Approve());
        await tooEarly.AssertProblemAsync(HttpStatusCode.Conflict);

        using var first = await api.SpecialistAsync();
        using var second = await api.SpecialistAsync();
        await first.OpineAcceptedAsync(open.ReviewId, Opinions.Approve(250));
        using var again = await first.OpineAsync(open.ReviewId, Opinions.Approve(250));
        await again.AssertProblemAsync(HttpStatusCode.Conflict);
        await second.OpineAcceptedAsync(open.ReviewId, Opinions.Approve(240));

        using var aboveSupported = await open.Reviewer.DecideAsync(open.ReviewId, Decisions.Approve());
        await aboveSupported.AssertProblemNamingAsync(HttpStatusCode.UnprocessableEntity, "approvedDailyDoseMg");
        using var approved = await open.Reviewer.DecideAsync(open.ReviewId, Decisions.ApproveModified(240));
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);

        var request = await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "approved");
        Assert.Equal((240m, 1), (request["approvedDailyDoseMg"]!.GetValue<decimal>(), request["protocolVersion"]!.GetValue<int>()));
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Protocols;

/// <summary>The version in force at submission rules on the dose and sets the case's clocks.</summary>
public sealed class When_a_submission_meets_its_protocol(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Fact]
    public async Task Should_deny_a_dose_above_the_maximum_of_the_version_in_force_at_once()
    {
        using var prescriber = await api.ClientAsync(Users.NewId("prescriber"), Roles.Prescriber);
        using var reviewer = await api.ClientAsync(Users.NewId("reviewer"), Roles.Reviewer);

        // Version 3 (2017) caps baclofen at 80 mg/day: 80 is reviewed, 80.5 is denied by the protocol itself.
        var atCap = await prescriber.SubmitValidAsync(SubmissionBodies.Valid(dailyDoseMg: 80));
        var above = await prescriber.SubmitValidAsync(SubmissionBodies.Valid(dailyDoseMg: 80.5m));

        await reviewer.WaitForOpenReviewAsync(atCap);
        var denied = await prescriber.WaitForRequestStatusAsync(above, "denied");
        Assert.Equal(3, denied["protocolVersion"]!.GetValue<int>());
        Assert.Equal(("ABOVE_PROTOCOL_MAX", "system"), (denied["decision"]!.Str("reasonCode"), denied["decision"]!.Str("reviewerId")));
        Assert.Equal(["submitted", "denied"], denied["history"]!.AsArray().Select(h => h!.Str("status")));
        Assert.DoesNotContain(await reviewer.ListAllAsync(ReviewsApi.Path), r => r.Id("requestId") == above);
    }

    [Fact]
    public async Task Should_run_the_case_on_the_clocks_of_a_published_drill_version()
    {
        using var admin = await api.AdminAsync();
        var protocolId = ProtocolsApi.NewProtocolId();
        await admin.PublishInForceAsync(ProtocolsApi.DocumentEffectiveNow(protocolId)
            .Set("reviewClocks.standard", "PT10M").Set("reviewClocks.expedited", "PT5M").Set("approvalValidity", "PT1H")
            .Set("followUpInterval", "PT20M").Set("renewalReminders", new JsonArray("PT30M", "PT10M")));
        var open = await OpenCase.StartAsync(api, SubmissionBodies.Valid(dailyDoseMg: 100).Set("protocolId", protocolId));

        var review = await open.Reviewer.GetReviewAsync(open.ReviewId);
        Assert.InRange(review["dueAt"]!.GetValue<DateTimeOffset>() - review["openedAt"]!.GetValue<DateTimeOffset>(),
            TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(11));
        using var decided = await open.Reviewer.DecideAsync(open.ReviewId, Decisions.Approve());
        var approved = await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "approved");

        var validFrom = approved["validFrom"]!.GetValue<DateTimeOffset>();
        Assert.Equal((validFrom.AddHours(1), validFrom.AddMinutes(20)),
            (approved["validUntil"]!.GetValue<DateTimeOffset>(), approved["nextFollowUpDue"]!.GetValue<DateTimeOffset>()));
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
    }

    [Fact]
    public async Task Should_hold_the_reviewer_to_the_longest_window_of_the_case_s_version()
    {
        using var admin = await api.AdminAsync();
        var protocolId = ProtocolsApi.NewProtocolId();
        await admin.PublishInForceAsync(ProtocolsApi.DocumentEffectiveNow(protocolId)
            .Set("approvalValidity", "P40D").Set("maxApprovalValidity", "P60D"));
        var open = await OpenCase.StartAsync(api, SubmissionBodies.Valid(dailyDoseMg: 100).Set("protocolId", protocolId));

        // Within the configured 365 days, beyond the version's 60.
        var tooLong = Decisions.Approve();
        tooLong["validUntil"] = DateTimeOffset.UtcNow.AddDays(90);
        using (var refused = await open.Reviewer.DecideAsync(open.ReviewId, tooLong))
            await refused.AssertProblemNamingAsync(HttpStatusCode.BadRequest, "validUntil");
        Assert.Equal("open", (await open.Reviewer.GetReviewAsync(open.ReviewId)).Str("status"));

        var until = DateTimeOffset.UtcNow.AddDays(45);
        var withinVersion = Decisions.Approve();
        withinVersion["validUntil"] = until;
        using var decided = await open.Reviewer.DecideAsync(open.ReviewId, withinVersion);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var approved = await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "approved");
        Assert.Equal(until, approved["validUntil"]!.GetValue<DateTimeOffset>());
    }
}

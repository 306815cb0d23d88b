using System.Text.Json.Nodes;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Protocols;

/// <summary>The 2017 change over HTTP: an admin publishes a version with a lower cap, and an approval above it must taper.</summary>
public sealed class When_a_lower_cap_reaches_a_running_approval(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Fact]
    public async Task Should_show_taper_required_with_its_plan_and_keep_the_version_the_case_was_decided_under()
    {
        using var admin = await api.AdminAsync();
        var protocolId = ProtocolsApi.NewProtocolId();
        await admin.PublishInForceAsync(ProtocolsApi.DocumentEffectiveNow(protocolId));
        var open = await OpenCase.StartAsync(api, SubmissionBodies.Valid(dailyDoseMg: 110).Set("protocolId", protocolId));
        using var decided = await open.Reviewer.DecideAsync(open.ReviewId, Decisions.Approve());
        await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "approved");

        await admin.PublishValidAsync(ProtocolsApi.DocumentEffectiveNow(protocolId, 2)
            .Set("maxDailyDoseMg", 80).Set("doseTiers", new JsonArray(new JsonObject { ["upToMg"] = 80, ["review"] = "single" })));

        var request = await Eventually.UntilAsync(() => open.Prescriber.GetRequestAsync(open.RequestId),
            r => r["taperRequired"]!.GetValue<bool>(), "the taper on the running approval");
        var plan = request["taperPlan"]!;
        Assert.Equal((2, 80m), (plan["protocolVersion"]!.GetValue<int>(), plan["targetDailyDoseMg"]!.GetValue<decimal>()));
        Assert.Equal(80m, plan["steps"]!.AsArray()[^1]!["dailyDoseMg"]!.GetValue<decimal>());
        Assert.Equal(1, request["protocolVersion"]!.GetValue<int>());

        // A follow-up at the cap ends the taper.
        var followUp = ApprovedCase.FollowUp();
        followUp["dailyDoseMg"] = 80;
        await open.ReportFollowUpAsync(followUp);
        await Eventually.UntilAsync(() => open.Prescriber.GetRequestAsync(open.RequestId),
            r => !r["taperRequired"]!.GetValue<bool>() && r["taperPlan"] is null, "the taper ended by the follow-up");
    }
}

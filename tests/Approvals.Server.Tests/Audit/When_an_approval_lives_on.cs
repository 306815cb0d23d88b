using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Audit;

/// <summary>After the decision: follow-up findings and the approval's changing terms are in the trail too.</summary>
public sealed class When_an_approval_lives_on(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Fact]
    public async Task Should_record_the_follow_up_findings_the_terms_before_and_after_and_the_protocol_version_decided_under()
    {
        var (open, _) = await ApprovedCase.StartAsync(api);
        using var auditor = await api.ClientAsync(Users.NewId("auditor"), Roles.Auditor);

        await open.ReportFollowUpAsync();

        var trail = await auditor.WaitForTrailAsync(open.RequestId,
            t => t.Any(e => e.Str("action") == "follow-up.reported") && t.Count(e => e.Str("action") == "request.approved") == 2,
            "the follow-up and the timeline entry it caused");
        var followUp = trail.Only("follow-up.reported");
        Assert.Equal((open.PrescriberId, "prescriber"), (followUp.Str("actorId"), followUp.Str("actorRole")));
        Assert.Equal(90m, followUp["newValues"]!["findings"]!["dailyDoseMg"]!.GetValue<decimal>());
        Assert.Equal("somnolence", followUp["newValues"]!["findings"]!["adverseEvents"]![0]!.Str("term"));

        var approvals = trail.Where(e => e.Str("action") == "request.approved").ToList();
        Assert.Null(approvals[0]["oldValues"]!["terms"]);
        Assert.NotNull(approvals[1]["oldValues"]!["terms"]!["validUntil"]);
        Assert.Equal(3, trail.Only("decision.recorded")["newValues"]!["protocolVersion"]!.GetValue<int>());
        Assert.Equal(3, approvals[0]["newValues"]!["decision"]!["protocolVersion"]!.GetValue<int>());
    }
}

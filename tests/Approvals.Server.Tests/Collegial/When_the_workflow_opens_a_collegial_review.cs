using System.Net;
using Approvals.Contracts;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Server.Tests.Collegial;

/// <summary>
/// The requirement travels from the submission through the workflow to the review, and the collegial approval back to
/// the request.
/// </summary>
/// <remarks>
/// Why the test publishes <see cref="ApprovalRequested"/> itself: intake does not yet attach the requirement of the
/// dose's tier (that is being wired in parallel), so this plays intake's part with the message it will send. Intake
/// holds no record of the request, so its view is not checked (its consumer's retries end in its error queue); the
/// request's timeline is read from the audit trail instead.
/// </remarks>
public sealed class When_the_workflow_opens_a_collegial_review(SharedApprovalsApi shared) : IClassFixture<SharedApprovalsApi>
{
    readonly ApprovalsApiFactory api = shared.Api;

    [Fact]
    public async Task Should_approve_the_request_after_two_specialists_recommend_it()
    {
        var requestId = NewId.NextGuid();
        using var reviewer = await api.ClientAsync(Users.NewId("reviewer"), Roles.Reviewer);
        using var first = await api.SpecialistAsync();
        using var second = await api.SpecialistAsync();
        using var auditor = await api.ClientAsync(Users.NewId("auditor"), Roles.Auditor);

        await api.Services.GetRequiredService<IBus>().Publish(new ApprovalRequested(requestId, Users.NewId("prescriber"),
            SubmissionBodies.ProtocolId, 1, new PatientDescriptor("PT-004211", 1971, Sex.Female), RequiredReviewCase.CollegialDose,
            Urgency.Standard, "alcohol-dependence", "Relapsed on naltrexone and acamprosate.", ["naltrexone", "acamprosate"],
            DateTimeOffset.UtcNow, new ReviewRequirement(ReviewLevel.Collegial, 2), "Dr Martin"));
        var reviewId = (await reviewer.WaitForOpenReviewAsync(requestId)).Id();
        var opened = await reviewer.GetReviewAsync(reviewId);
        Assert.Equal(("collegial", 2), (opened["requirement"]!.Str("level"), opened["missingOpinions"]!.GetValue<int>()));

        await first.OpineAcceptedAsync(reviewId, Opinions.Approve(200));
        await second.OpineAcceptedAsync(reviewId, Opinions.Approve(RequiredReviewCase.CollegialDose));
        using var approved = await reviewer.DecideAsync(reviewId, Decisions.ApproveModified(200));
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);

        var trail = await auditor.WaitForTrailAsync(requestId,
            t => t.Any(e => e.Str("action") == "request.approved") && t.Any(e => e.Str("action") == "approval.granted"), "the approval");
        Assert.Equal(2, trail.Count(e => e.Str("action") == "opinion.recorded"));
        Assert.Equal(200, trail.Only("approval.granted")["newValues"]!["approvedDailyDoseMg"]!.GetValue<decimal>());
    }
}

using Approvals.Integration.Tests.Accounting;
using Approvals.Integration.Tests.Infrastructure;
using Approvals.Integration.Tests.Load;
using Xunit.Abstractions;

namespace Approvals.Integration.Tests.Faults;

/// <summary>
/// F5a–c: the Workflow process dies (Environment.FailFast) at one point of its inbox/outbox on the first message it
/// consumes, and is restarted without the fault; then the same at the next point, on the same deployment. The saga
/// both changes state and sends (OpenReview to Review, timeline entries to Intake), so every point has a downstream
/// that would show a duplicate:
/// after consume, before commit: the broker redelivers and the saga runs once, as if for the first time;
/// after commit, before send: the redelivery finds the inbox row consumed and only sends;
/// after send, before the delivered mark: the messages go out again under their original MessageIds and the
/// receivers' inboxes drop them (acknowledged, not parked in a _skipped queue).
/// In all three each business effect, and each inbox row, exists once.
/// </summary>
[Trait(Category.Trait, Category.Fault)]
public sealed class When_the_workflow_crashes_around_its_commit(ITestOutputHelper output)
{
    static readonly string[] Points = ["AfterConsumeBeforeCommit", "AfterCommitBeforeSend", "AfterSendBeforeDeliveredMark"];

    /// <summary>On each database the services run on: the race is settled by its transactions and keys.</summary>
    [Theory]
    [InlineData(Storage.Sqlite)]
    [InlineData(Storage.PostgreSql)]
    public async Task Should_apply_every_message_once_whichever_point_it_died_at(Storage storage)
    {
        await DistributedDeployment.Run(output, async deployment =>
        {
            var patience = FaultScale.Patience(60);
            deployment.Intake = deployment.StartService("intake");
            deployment.Review = deployment.StartService("review");
            await deployment.Intake.WaitUntilReady(Deployment.StartTimeout);
            await deployment.Review.WaitUntilReady(Deployment.StartTimeout);
            var (prescriber, reviewer) = await deployment.SignIn();
            var ledger = new Ledger(Expectation.InReview);

            // A healthy workflow first takes the shipped protocol versions' announcements, which wait for it in the
            // broker: otherwise the faulty one could die on one of those before it is even ready, not on a submission.
            deployment.Workflow = deployment.StartService("workflow");
            await deployment.Workflow.WaitUntilReady(Deployment.StartTimeout);
            await deployment.Settle(ledger, patience);

            foreach (var point in Points)
            {
                await CrashAndRecover(deployment, prescriber, ledger, point);
                await deployment.Settle(ledger, patience);
            }

            var reviews = await ReviewQueue.WaitForEach(reviewer, ledger.AcceptedIds, patience);
            await ReviewQueue.ApproveAll(reviewer, reviews.Values);
            ledger.ExpectAll(Expectation.Approved);
            await deployment.Settle(ledger, patience);
        }, storage);
    }

    static async Task CrashAndRecover(DistributedDeployment deployment, ApiUser prescriber, Ledger ledger, string point)
    {
        var marker = Path.Combine(deployment.DataDirectory, $"{point}.marker");
        await deployment.Workflow.Kill(); // healthy and idle: everything before this round settled
        deployment.Workflow = deployment.StartService("workflow", new Dictionary<string, string>
        {
            ["FaultInjection__Point"] = point,
            ["FaultInjection__MarkerFile"] = marker,
        });
        await deployment.Workflow.WaitUntilReady(Deployment.StartTimeout);

        await new LoadDriver(prescriber, ledger).Concurrent(FaultScale.Requests(5), parallelism: 5);

        // The fault must really have fired, or this round proves nothing.
        var exitCode = await deployment.Workflow.WaitForExit(FaultScale.Patience(60));
        deployment.Note($"workflow died at {point} with exit code {exitCode}");
        Assert.Equal(point, await File.ReadAllTextAsync(marker));
        Assert.NotEqual(0, exitCode);

        deployment.Workflow = await deployment.Restart(deployment.Workflow);
        await deployment.Workflow.WaitUntilReady(Deployment.StartTimeout);
        deployment.Note("workflow restarted without the fault");
    }
}

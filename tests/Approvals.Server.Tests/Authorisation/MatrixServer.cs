using System.Net.Http.Headers;
using Approvals.Contracts;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Authorisation;

/// <summary>
/// One server for the whole matrix, with every token minted once and, for the caller and for another prescriber, the
/// resources the matrix acts on: a request under review (with its open review) and an approval in force.
/// </summary>
/// <remarks>
/// Every caller column is the same user, <see cref="CallerId"/>, holding other roles: "own" resources are the ones that
/// user prescribed, so a reviewer column on its own resource is a prescriber who also reviews, as in a small team.
/// </remarks>
public sealed class MatrixServer : ApprovalsApiFactory, IAsyncLifetime
{
    public const string CallerId = "matrix-caller";
    public const string OtherPrescriberId = "matrix-other-prescriber";

    readonly Dictionary<Caller, string?> _tokens = [];

    public Resources Own { get; private set; } = null!;
    public Resources Others { get; private set; } = null!;

    /// <summary>One client for every probe; each request carries its own Authorization header.</summary>
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = CreateClient();
        foreach (var caller in Caller.All)
            _tokens[caller] = caller.Roles is { } roles ? await this.MintAsync(CallerId, roles) : BadTokens.For(caller, this);

        using var reviewer = await this.ClientAsync("matrix-reviewer", Roles.Reviewer);
        using var auditor = await this.ClientAsync("matrix-auditor", Roles.Auditor);
        var created = await Task.WhenAll(CreateAsync(CallerId, reviewer, auditor), CreateAsync(OtherPrescriberId, reviewer, auditor));
        (Own, Others) = (created[0], created[1]);
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        Client.Dispose();
        return Task.CompletedTask;
    }

    public void Authorise(HttpRequestMessage request, Caller caller)
    {
        if (_tokens[caller] is { } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    async Task<Resources> CreateAsync(string prescriberId, HttpClient reviewer, HttpClient auditor)
    {
        using var prescriber = await this.ClientAsync(prescriberId, Roles.Prescriber);
        var underReview = await prescriber.SubmitValidAsync();
        var review = await reviewer.WaitForOpenReviewAsync(underReview);

        var approval = await prescriber.SubmitValidAsync();
        var approvalReview = await reviewer.WaitForOpenReviewAsync(approval);
        using var decided = await reviewer.DecideAsync(approvalReview.Id(), Decisions.Approve());
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
        await prescriber.WaitForRequestStatusAsync(approval, "approved");
        await this.WaitForReviewViewAsync(approval, RequestStatus.Approved);

        // The audit role records asynchronously: the trail row probes a request the trail already holds.
        await auditor.WaitForTrailAsync(underReview, trail => trail.Count > 0, $"the trail of request {underReview}");
        return new Resources(underReview, review.Id(), approval);
    }
}

/// <summary>What a prescriber owns in the matrix: a request under review, its open review, and an approval in force.</summary>
public sealed record Resources(Guid RequestUnderReview, Guid OpenReview, Guid Approval);

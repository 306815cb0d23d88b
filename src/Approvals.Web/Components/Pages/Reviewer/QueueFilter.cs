using Approvals.ApiClient;

namespace Approvals.Web.Components.Pages.Reviewer;

/// <summary>
/// The queue's filters, applied to the reviews fetched (the API filters only by status and claim). An empty value
/// means "any". <see cref="Claim"/> is <c>mine</c>, <c>unclaimed</c> or <c>others</c>, from the signed-in reviewer's view.
/// </summary>
public sealed record QueueFilter(string Urgency = "", string Kind = "", string Protocol = "", string Claim = "")
{
    public const string Mine = "mine";
    public const string Unclaimed = "unclaimed";
    public const string Others = "others";

    /// <summary>The matching reviews, earliest due first.</summary>
    public IReadOnlyList<ReviewSummary> Apply(IEnumerable<ReviewSummary> reviews, string userId) =>
        [.. reviews
            .Where(r => Urgency.Length == 0 || r.Urgency == Urgency)
            .Where(r => Kind.Length == 0 || r.Kind == Kind)
            .Where(r => Protocol.Length == 0 || r.ProtocolId == Protocol)
            .Where(r => Claim switch
            {
                Mine => r.Claim?.UserId == userId,
                Unclaimed => r.Claim is null,
                Others => r.Claim is { } claim && claim.UserId != userId,
                _ => true,
            })
            .OrderBy(r => r.DueAt).ThenBy(r => r.Id)];
}

using System.Xml;
using Approvals.ApiClient;

namespace Approvals.Web.Components.Pages.Prescriber;

/// <summary>Whether the renewal button is offered, and if not, why (the resource key of the reason and its date).</summary>
public sealed record RenewalEligibility(bool CanAsk, string? ReasonKey = null, DateOnly? RecentFrom = null)
{
    /// <summary>
    /// As the API rules: an approval in force, no renewal already under review, its window started, and a follow-up
    /// assessed on or after <c>now - interval</c> (UTC days). Without the interval (the request's protocol version is no
    /// longer listed), the button stays offered and the API's answer is shown if it refuses.
    /// </summary>
    public static RenewalEligibility For(RequestView request, IReadOnlyList<FollowUpView> followUps, TimeSpan? followUpInterval, DateTimeOffset now)
    {
        if (request.Status != "approved")
            return new(false, "RenewalNotApproved");
        if (request.Renewal?.Status == "under-review")
            return new(false, "RenewalUnderReview");
        if (request.ValidFrom > now)
            return new(false, "RenewalWindowNotStarted");
        if (followUpInterval is not { } interval)
            return new(true);

        var recentFrom = DateOnly.FromDateTime((now - interval).UtcDateTime);
        var latest = followUps.Count == 0 ? (DateOnly?)null : followUps.Max(f => f.Date);
        return latest >= recentFrom ? new(true) : new(false, "RenewalNeedsFollowUp", recentFrom);
    }

    /// <summary>The interval of the request's own protocol version, if it is the one in force.</summary>
    public static TimeSpan? IntervalOf(RequestView request, IEnumerable<ProtocolInForce> inForce) =>
        inForce.FirstOrDefault(p => p.ProtocolId == request.ProtocolId && p.Version == request.ProtocolVersion) is { } protocol
            ? XmlConvert.ToTimeSpan(protocol.FollowUpInterval)
            : null;
}

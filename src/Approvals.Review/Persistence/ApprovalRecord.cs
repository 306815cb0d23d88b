using Approvals.Contracts;
using Approvals.Domain.Cases;

namespace Approvals.Review.Persistence;

/// <summary>
/// The review service's view of one request, as far as its reviewers' safety actions need it: who prescribed it and
/// under which protocol version (from the review it opened), and where the workflow's timeline has taken it.
/// </summary>
public sealed class ApprovalRecord
{
    public Guid RequestId { get; set; }

    /// <summary>Null until the request's review opens here: a request never reviewed here is no approval to act on.</summary>
    public string? PrescriberId { get; set; }

    public string? ProtocolId { get; set; }
    public int ProtocolVersion { get; set; }

    public RequestStatus Status { get; set; }

    /// <summary>Sequence of the newest timeline entry applied; older entries arriving late leave the view alone.</summary>
    public int LastSequence { get; set; }

    public decimal? ApprovedDailyDoseMg { get; set; }
    public DateTimeOffset? ValidFrom { get; set; }
    public DateTimeOffset? ValidUntil { get; set; }
    public RenewalStatus? RenewalStatus { get; set; }

    /// <summary>
    /// The safety order accepted and not yet applied or refused by the workflow (check-and-set: at most one at a time);
    /// cleared when the workflow's next status change or its refusal of the order arrives.
    /// </summary>
    public Guid? PendingOrderId { get; set; }

    /// <summary>The pending order's step (<c>suspension</c>, <c>reinstatement</c>, <c>revocation</c>).</summary>
    public string? PendingOrder { get; set; }

    /// <summary>The approval as the case decider reads it; the members this view does not hold play no part in an order.</summary>
    public CaseView ToCaseView() => new(Status, PrescriberId ?? "")
    {
        ProtocolId = ProtocolId,
        ProtocolVersion = ProtocolVersion,
        ApprovedDailyDoseMg = ApprovedDailyDoseMg,
        ValidFrom = ValidFrom,
        ValidUntil = ValidUntil,
        RenewalStatus = RenewalStatus,
    };
}

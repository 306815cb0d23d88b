namespace Approvals.Contracts;

public enum Urgency
{
    Standard,
    Expedited,
}

public enum Sex
{
    Female,
    Male,
    Other,
    Unknown,
}

/// <summary>What a prescriber sees; the saga's states carry the same names.</summary>
public enum RequestStatus
{
    Submitted,
    UnderReview,
    AwaitingInformation,
    Approved,
    Denied,
    Withdrawn,
    Lapsed,

    /// <summary>A reviewer halted an approval for safety; it may be reinstated, and it still ends at its validUntil.</summary>
    Suspended,

    /// <summary>A reviewer ended an approval for good.</summary>
    Revoked,

    /// <summary>The validity ended without an approved renewal.</summary>
    Expired,
}

/// <summary>Where the renewal of the current validity window stands.</summary>
public enum RenewalStatus
{
    UnderReview,
    Approved,
    Denied,

    /// <summary>The approval was suspended, revoked or expired while its renewal was under review.</summary>
    Cancelled,
}

public enum ReviewKind
{
    Initial,
    Renewal,
}

public enum ReviewStatus
{
    Open,
    AwaitingInformation,
    Decided,
    Cancelled,
}

public enum DecisionOutcome
{
    Approve,
    ApproveModified,
    Deny,
    RequestInformation,
}

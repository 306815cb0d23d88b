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

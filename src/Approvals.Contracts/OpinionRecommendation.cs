namespace Approvals.Contracts;

/// <summary>What a specialist recommends the reviewer decide, in a collegial or expert opinion.</summary>
public enum OpinionRecommendation
{
    Approve,
    Deny,
}

namespace Approvals.Review.Collegial;

/// <summary>
/// Why an approval may not go ahead yet: <see cref="Status"/> 409 when the review still lacks opinions (the same
/// decision succeeds once they are in), 422 when the decision itself breaks a rule, naming <see cref="Field"/>.
/// </summary>
public sealed record ApprovalRefusal(int Status, string Code, string Detail, string? Field = null);

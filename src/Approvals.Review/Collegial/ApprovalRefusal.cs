namespace Approvals.Review.Collegial;

/// <summary>
/// Why an approval may not go ahead yet: <see cref="Status"/> 409 when the review still lacks opinions (the same
/// decision succeeds once they are in) or the caller may not take this step on it, 422 when the decision itself breaks
/// a rule, naming <see cref="Field"/>. <see cref="Title"/>: the problem's title when the status's usual one does not fit.
/// </summary>
public sealed record ApprovalRefusal(int Status, string Code, string Detail, string? Field = null, string? Title = null);

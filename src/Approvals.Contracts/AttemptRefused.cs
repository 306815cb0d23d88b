namespace Approvals.Contracts;

/// <summary>
/// A step someone tried and the service refused (403 not theirs to take, 409 out of order or lost a race), published
/// so the audit trail holds attempts as well as what happened, and the request's view shows them. <see cref="Action"/>
/// names the step (<see cref="RequestSteps"/>). Refused at once by an API, or by the workflow when an accepted step
/// reached it in a state that forbids it (a decision that lost to a withdrawal is void, and refused so).
/// </summary>
/// <param name="OrderId">Since refused orders are tracked: the accepted safety order the workflow refused; null otherwise.</param>
public sealed record AttemptRefused(
    Guid RequestId, string Action, string ActorId, string? ActorName, string ActorRole, int Status, string Reason, DateTimeOffset At,
    Guid? ReviewId = null, Guid? OrderId = null);

/// <summary>
/// The steps on a request, by name: what a 202 accepted (<c>accepted</c>), and what an <see cref="AttemptRefused"/>
/// refused (the trail records it as <c>&lt;step&gt;.refused</c>).
/// </summary>
public static class RequestSteps
{
    public const string Submission = "submission";
    public const string Decision = "decision";
    public const string Opinion = "opinion";
    public const string Withdrawal = "withdrawal";
    public const string Information = "information";
    public const string FollowUp = "follow-up";
    public const string Renewal = "renewal";
    public const string Suspension = "suspension";
    public const string Reinstatement = "reinstatement";
    public const string Revocation = "revocation";
}

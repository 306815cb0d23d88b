namespace Approvals.Web.Api.Reviewer;

/// <summary>A reviewer's safety action on an approval.</summary>
public enum SafetyAction
{
    Suspension,
    Reinstatement,
    Revocation,
}

public static class SafetyActions
{
    public static string PathOf(SafetyAction action) => action switch
    {
        SafetyAction.Suspension => "suspension",
        SafetyAction.Reinstatement => "reinstatement",
        SafetyAction.Revocation => "revocation",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>Suspension and revocation are signed, so they need a recent sign-in; a reinstatement is not.</summary>
    public static bool IsSigned(SafetyAction action) => action is SafetyAction.Suspension or SafetyAction.Revocation;
}

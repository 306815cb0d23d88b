namespace Approvals.Messaging.CrashGuard;

/// <summary>Configuration section <c>Messaging:CrashGuard</c>.</summary>
public sealed class CrashGuardOptions
{
    public const string Section = "Messaging:CrashGuard";

    /// <summary>Off leaves crash loops to the quorum queue's delivery limit alone (the backstop either way).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Where the process notes the message it runs alone. It must outlive the process, not the machine: a crash loop
    /// is process deaths, and the page cache keeps a file written just before one.
    /// </summary>
    public string Directory { get; set; } = Path.Combine(Path.GetTempPath(), "approvals-crash-guard");
}

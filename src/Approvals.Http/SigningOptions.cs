namespace Approvals.Http;

/// <summary>Configuration section <c>Signing</c>.</summary>
public sealed class SigningOptions
{
    public const string Section = "Signing";

    /// <summary>
    /// How long ago the signer may have authenticated (the token's <c>auth_time</c>) for a signing step to be accepted:
    /// Part 11 wants the signer to have proved who they are at the time of signing, not only at the start of a long session.
    /// </summary>
    public TimeSpan MaxAuthenticationAge { get; set; } = TimeSpan.FromMinutes(5);
}

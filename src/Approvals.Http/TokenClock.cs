namespace Approvals.Http;

/// <summary>How far the identity provider's clock may run ahead of ours, for every time a token carries.</summary>
public static class TokenClock
{
    public static readonly TimeSpan AllowedSkew = TimeSpan.FromSeconds(30);
}

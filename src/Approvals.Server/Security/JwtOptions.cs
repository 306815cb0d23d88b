namespace Approvals.Server.Security;

/// <summary>
/// Configuration section <c>Authentication:Jwt</c>: either an <see cref="Authority"/> (OpenID Connect discovery) or an
/// <see cref="Issuer"/>, <see cref="Audience"/> and symmetric <see cref="SigningKey"/> shared by every role process.
/// </summary>
public sealed class JwtOptions
{
    public const string Section = "Authentication:Jwt";
    public const int MinimumKeyBytes = 32;

    /// <summary>The issuer and key in <c>appsettings.Development.json</c>: public, so never trusted outside Development.</summary>
    public const string DevelopmentIssuer = "approvals-dev";
    public const string DevelopmentSigningKey = "development-only-signing-key-not-for-production-use-0123456789";

    public string? Authority { get; set; }
    public string? Issuer { get; set; }
    public string Audience { get; set; } = "approvals";
    public string? SigningKey { get; set; }

    /// <summary>Lifetime of tokens from <c>POST /dev/token</c>.</summary>
    public TimeSpan DevTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Refuses settings the server cannot trust tokens with; Development alone may use the shipped key and plain http.</summary>
    public void EnsureConfigured(bool isDevelopment)
    {
        if (!string.IsNullOrWhiteSpace(Authority))
        {
            EnsureAuthorityIsSecure(isDevelopment);
            return;
        }

        if (string.IsNullOrWhiteSpace(Issuer) || string.IsNullOrWhiteSpace(SigningKey))
        {
            throw new InvalidOperationException(
                "Authentication is not configured: set Authentication:Jwt:Authority, or Authentication:Jwt:Issuer, " +
                "Authentication:Jwt:Audience and Authentication:Jwt:SigningKey (at least 32 bytes). " +
                "Only the Development environment ships a key.");
        }

        if (System.Text.Encoding.UTF8.GetByteCount(SigningKey) < MinimumKeyBytes)
            throw new InvalidOperationException($"Authentication:Jwt:SigningKey must be at least {MinimumKeyBytes} bytes.");

        if (!isDevelopment && (SigningKey == DevelopmentSigningKey || Issuer == DevelopmentIssuer))
        {
            // The shipped key is in the repository: anyone could sign a token with it.
            throw new InvalidOperationException(
                "Authentication:Jwt:SigningKey and Authentication:Jwt:Issuer must not be the development ones outside the " +
                "Development environment: configure a secret key of your own and your issuer.");
        }
    }

    void EnsureAuthorityIsSecure(bool isDevelopment)
    {
        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
            throw new InvalidOperationException($"Authentication:Jwt:Authority '{Authority}' is not an absolute http(s) URL.");
        // The JWT handler fetches the authority's keys over https only, so http would fail every request after a clean start.
        if (authority.Scheme == Uri.UriSchemeHttp && !isDevelopment)
            throw new InvalidOperationException($"Authentication:Jwt:Authority must use https outside Development; got '{Authority}'.");
    }
}

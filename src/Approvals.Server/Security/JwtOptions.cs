namespace Approvals.Server.Security;

/// <summary>
/// Configuration section <c>Authentication:Jwt</c>: either an <see cref="Authority"/> (OpenID Connect discovery) or an
/// <see cref="Issuer"/>, <see cref="Audience"/> and symmetric <see cref="SigningKey"/> shared by every role process.
/// </summary>
public sealed class JwtOptions
{
    public const string Section = "Authentication:Jwt";
    public const int MinimumKeyBytes = 32;

    public string? Authority { get; set; }
    public string? Issuer { get; set; }
    public string Audience { get; set; } = "approvals";
    public string? SigningKey { get; set; }

    /// <summary>Lifetime of tokens from <c>POST /dev/token</c>.</summary>
    public TimeSpan DevTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    public void EnsureConfigured()
    {
        if (!string.IsNullOrWhiteSpace(Authority))
            return;
        if (string.IsNullOrWhiteSpace(Issuer) || string.IsNullOrWhiteSpace(SigningKey))
        {
            throw new InvalidOperationException(
                "Authentication is not configured: set Authentication:Jwt:Authority, or Authentication:Jwt:Issuer, " +
                "Authentication:Jwt:Audience and Authentication:Jwt:SigningKey (at least 32 bytes). " +
                "Only the Development environment ships a key.");
        }

        if (System.Text.Encoding.UTF8.GetByteCount(SigningKey) < MinimumKeyBytes)
            throw new InvalidOperationException($"Authentication:Jwt:SigningKey must be at least {MinimumKeyBytes} bytes.");
    }
}

using System.Text;
using Approvals.Http;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Approvals.Server.Security;

public static class AuthenticationSetup
{
    public static IServiceCollection AddApprovalsAuthentication(this IServiceCollection services, IConfiguration configuration,
        IHostEnvironment environment)
    {
        var isDevelopment = environment.IsDevelopment();
        var jwt = configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
        jwt.EnsureConfigured(isDevelopment);
        services.AddSingleton(jwt);

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                // Keep the token's own claim names (sub, name, role) instead of the legacy SOAP URIs.
                options.MapInboundClaims = false;
                // Why a token was refused helps a developer and an attacker alike: only Development says it.
                options.IncludeErrorDetails = isDevelopment;
                options.Events = new JwtBearerEvents { OnTokenValidated = RequiredClaims.Check };
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    NameClaimType = CurrentUser.NameClaim,
                    RoleClaimType = CurrentUser.RoleClaim,
                    ValidAudience = jwt.Audience,
                    ValidateAudience = true,
                    ValidateLifetime = true,
                    ClockSkew = TokenClock.AllowedSkew,
                };
                if (!string.IsNullOrWhiteSpace(jwt.Authority))
                {
                    options.Authority = jwt.Authority;
                    // EnsureConfigured allowed an http authority in Development only.
                    options.RequireHttpsMetadata = !isDevelopment;
                }
                else
                {
                    options.TokenValidationParameters.ValidIssuer = jwt.Issuer;
                    options.TokenValidationParameters.IssuerSigningKey = SigningKeyOf(jwt);
                }
            });
        services.AddAuthorizationBuilder().AddApprovalsPolicies();
        services.AddOptions<SigningOptions>().Bind(configuration.GetSection(SigningOptions.Section))
            .Validate(signing => signing.MaxAuthenticationAge > TimeSpan.Zero, "Signing:MaxAuthenticationAge must be positive.")
            .ValidateOnStart();
        return services;
    }

    public static SymmetricSecurityKey SigningKeyOf(JwtOptions jwt) => new(Encoding.UTF8.GetBytes(jwt.SigningKey!));
}

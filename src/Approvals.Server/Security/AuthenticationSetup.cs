using System.Text;
using Approvals.Http;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Approvals.Server.Security;

public static class AuthenticationSetup
{
    public static IServiceCollection AddApprovalsAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var jwt = configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
        jwt.EnsureConfigured();
        services.AddSingleton(jwt);

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                // Keep the token's own claim names (sub, name, role) instead of the legacy SOAP URIs.
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    NameClaimType = CurrentUser.NameClaim,
                    RoleClaimType = CurrentUser.RoleClaim,
                    ValidAudience = jwt.Audience,
                    ValidateAudience = true,
                    ValidateLifetime = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                if (!string.IsNullOrWhiteSpace(jwt.Authority))
                    options.Authority = jwt.Authority;
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

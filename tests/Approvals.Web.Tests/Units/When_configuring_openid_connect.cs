using Approvals.Web.Security;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Approvals.Web.Tests.Units;

public sealed class When_configuring_openid_connect
{
    static readonly OidcSettings Settings = new()
    {
        Authority = "https://login.example.org/realms/hospital", ClientId = "approvals-web", ClientSecret = "s3cret", Scopes = ["approvals-api"],
    };

    [Fact]
    public void Should_use_the_authorization_code_flow_with_pkce_against_the_authority()
    {
        var options = new OpenIdConnectOptions();

        OidcSetup.Configure(options, Settings, isDevelopment: false);

        Assert.Equal("code", options.ResponseType);
        Assert.True(options.UsePkce);
        Assert.Equal(Settings.Authority, options.Authority);
        Assert.Equal("approvals-web", options.ClientId);
        Assert.True(options.RequireHttpsMetadata);
        Assert.True(options.SaveTokens);
        Assert.Equal(WebSchemes.Cookie, options.SignInScheme);
        Assert.Equal(["openid", "profile", "approvals-api"], options.Scope);
        Assert.Equal("role", options.TokenValidationParameters.RoleClaimType);
    }

    [Fact]
    public void Should_force_a_fresh_login_for_a_step_up()
    {
        var challenge = OidcSetup.StepUp("/reviews/1/decide?resume=abc");

        Assert.Equal("login", challenge.Prompt);
        Assert.Equal(TimeSpan.Zero, challenge.MaxAge);
        Assert.Equal("/reviews/1/decide?resume=abc", challenge.RedirectUri);
    }

    [Theory]
    [InlineData(null, "approvals-web")]
    [InlineData("https://login.example.org", null)]
    public void Should_refuse_to_start_without_an_authority_and_a_client(string? authority, string? clientId)
    {
        var thrown = Assert.Throws<InvalidOperationException>(() =>
            OidcSetup.Configure(new OpenIdConnectOptions(), new OidcSettings { Authority = authority, ClientId = clientId }, isDevelopment: false));

        Assert.Contains("Authentication:Oidc:Authority", thrown.Message);
    }
}

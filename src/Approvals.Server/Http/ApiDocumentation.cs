using Scalar.AspNetCore;

namespace Approvals.Server.Http;

/// <summary>
/// The OpenAPI document and the API reference page are anonymous: served in Development, elsewhere only when
/// <c>Api:Documentation:Enabled</c> is true, so a production deployment does not describe itself to anyone who asks.
/// </summary>
public static class ApiDocumentation
{
    public const string EnabledKey = "Api:Documentation:Enabled";

    public static void MapApiDocumentation(this WebApplication app)
    {
        if (!(app.Configuration.GetValue<bool?>(EnabledKey) ?? app.Environment.IsDevelopment()))
            return;
        app.MapOpenApi();
        // The page's script is served from the package; its fonts would come from Scalar's CDN and its telemetry would
        // call out: a hospital's firewall would flag both.
        app.MapScalarApiReference(options =>
        {
            options.DefaultFonts = false;
            options.Telemetry = false;
        });
    }
}

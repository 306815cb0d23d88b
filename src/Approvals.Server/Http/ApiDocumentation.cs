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
        app.MapScalarApiReference();
    }
}

using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Approvals.Web.Hosting;

/// <summary>
/// The address the API client calls: <see cref="WebOptions.ApiBaseAddress"/> when set, else the address this very
/// server listens on, known only once Kestrel has bound (a port of 0 in tests).
/// </summary>
public sealed class ApiBaseAddress(IOptions<WebOptions> options, IServer server)
{
    public Uri Value => options.Value.ApiBaseAddress ?? Loopback(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);

    internal static Uri Loopback(IEnumerable<string> listening)
    {
        var addresses = listening.Select(a => new Uri(ToConnectable(a))).ToList();
        // Plain http on loopback avoids certificate checks against a development certificate.
        var chosen = addresses.FirstOrDefault(a => a.Scheme == Uri.UriSchemeHttp) ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The server listens on no address yet; set Web:ApiBaseAddress.");
        return new UriBuilder(chosen) { Path = "/" }.Uri;
    }

    // Wildcard bindings (http://+:80, http://*:80, 0.0.0.0, [::]) are not addresses one can connect to.
    static string ToConnectable(string address) =>
        address.Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal);
}

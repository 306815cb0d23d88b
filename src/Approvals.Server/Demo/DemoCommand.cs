using Approvals.Server.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Approvals.Server.Demo;

/// <summary>
/// <c>Approvals.Server demo [usual options]</c>: starts the server as usual, then seeds the demonstration data through
/// its own HTTP API on the address it listens on (<see cref="DemoSeeder"/>), prints what it made and keeps serving.
/// Development only: the demo publishes a protocol and requests that must never reach a real deployment.
/// </summary>
public static class DemoCommand
{
    public const string Name = "demo";
    public const int Refused = 2;
    public const int Failed = 1;

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>Why this process may not run the demo, or null when it may.</summary>
    public static string? RefusalFor(IHostEnvironment environment, ServerRoles roles)
    {
        if (!environment.IsDevelopment())
        {
            return $"The demo runs only in the Development environment (this one is '{environment.EnvironmentName}'): it publishes "
                + "a demonstration protocol and fictitious requests, which must never reach a real deployment. "
                + "Use 'dotnet run --project src/Approvals.Server -- demo', whose launch profile sets ASPNETCORE_ENVIRONMENT=Development.";
        }

        return roles is { Intake: true, Review: true, Workflow: true, Audit: true }
            ? null
            : $"The demo needs every service in this process (--roles all); this one hosts {roles}.";
    }

    /// <summary>Seeds the running <paramref name="app"/> and returns the exit code to keep should seeding fail.</summary>
    public static async Task<int> SeedAsync(WebApplication app, TimeProvider clock)
    {
        var server = LoopbackAddressOf(app);
        using var http = new HttpClient { BaseAddress = server };
        try
        {
            var report = await new DemoSeeder(http, clock, app.Services).SeedAsync(app.Lifetime.ApplicationStopping);
            await Console.Out.WriteAsync(report.Describe(server));
            return 0;
        }
        catch (DemoFailedException failure)
        {
            await Console.Error.WriteLineAsync($"The demo data could not be created: {failure.Message}");
            return Failed;
        }
    }

    /// <summary>The first address the server listens on, a wildcard host read as localhost.</summary>
    static Uri LoopbackAddressOf(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.OrderBy(a => a.StartsWith("https:", StringComparison.Ordinal)).FirstOrDefault()
            ?? throw new InvalidOperationException("The server listens on no address; the demo cannot reach it.");
        var uri = new UriBuilder(address.Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://+", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
            uri.Host = "localhost";
        uri.Path = "/";
        return uri.Uri;
    }
}

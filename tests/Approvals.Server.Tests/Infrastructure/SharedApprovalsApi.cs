namespace Approvals.Server.Tests.Infrastructure;

/// <summary>
/// One server for the whole test run, for the spec classes that look only at what they create themselves (fresh users,
/// requests, reviews and protocol ids each time) and find it by id: starting a server per class was most of the
/// project's run time. A class that reads state it did not make (the whole queue in order, every request, the whole
/// audit chain, a shipped protocol) keeps an <see cref="ApprovalsApiFactory"/> of its own.
/// A class fixture rather than a collection fixture, so xunit still runs these classes side by side; the server stops
/// after the last test (<see cref="SharedServerTestFramework"/>).
/// </summary>
public sealed class SharedApprovalsApi
{
    static readonly Lazy<ApprovalsApiFactory> Server = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    public ApprovalsApiFactory Api { get; } = Server.Value;

    static ApprovalsApiFactory Start()
    {
        var server = new ApprovalsApiFactory();
        // Started here, once: WebApplicationFactory builds its host on first use without a lock, and the first uses of
        // a shared factory come from classes running in parallel.
        _ = server.Server;
        return server;
    }

    /// <summary>Stops the server and deletes its database, if a test started it.</summary>
    internal static async Task StopAsync()
    {
        if (Server.IsValueCreated)
            await Server.Value.DisposeAsync();
    }
}

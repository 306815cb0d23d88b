using System.Globalization;

namespace Approvals.Integration.Tests.Infrastructure;

/// <summary>How to start one server process: its roles, its SQLite file and its transport.</summary>
public sealed record ServerSettings(string Roles, string DatabaseFile)
{
    /// <summary>The RabbitMQ virtual host; null runs the embedded default, the in-memory transport.</summary>
    public string? VirtualHost { get; init; }

    /// <summary>Where the process finds RabbitMQ: the broker itself, or a proxy in front of it.</summary>
    public int BrokerPort { get; init; } = Broker.Port;

    /// <summary>A cluster's nodes as <c>host:port</c> (<c>Messaging:RabbitMq:Hosts</c>); when any is given the services use them, not <see cref="BrokerPort"/>.</summary>
    public IReadOnlyList<string> BrokerHosts { get; init; } = [];

    /// <summary>A fixed HTTP port, to restart a process where its clients already point; null picks a free one.</summary>
    public int? HttpPort { get; init; }

    /// <summary>Extra configuration as environment variables, e.g. <c>FaultInjection__Point</c>.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>The process these settings describe: Development, its SQLite file, and RabbitMQ when given a virtual host.</summary>
    public ServerLaunch ToLaunch()
    {
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Approvals"] = $"Data Source={DatabaseFile}",
            // The load drivers sign in once and decide for minutes; the signing step-up is not what these tests are about.
            ["Signing__MaxAuthenticationAge"] = "1.00:00:00",
            // The load drivers write as one prescriber and one reviewer, far faster than a person: the limiter stays on, out of reach.
            ["RateLimiting__Writes__PermitLimit"] = "1000000",
        };
        if (VirtualHost is { } virtualHost)
        {
            environment["Messaging__Transport"] = "RabbitMq";
            environment["Messaging__RabbitMq__Host"] = "127.0.0.1";
            environment["Messaging__RabbitMq__Port"] = BrokerPort.ToString(CultureInfo.InvariantCulture);
            environment["Messaging__RabbitMq__VirtualHost"] = virtualHost;
            for (var i = 0; i < BrokerHosts.Count; i++)
                environment[$"Messaging__RabbitMq__Hosts__{i}"] = BrokerHosts[i];
        }

        foreach (var (name, value) in Environment)
            environment[name] = value;
        return new ServerLaunch { Label = $"{Roles} server", Arguments = ["--roles", Roles], Environment = environment, Port = HttpPort };
    }

    /// <summary>The same process again, without any fault configuration.</summary>
    public ServerSettings WithoutFaults() => this with
    {
        Environment = Environment.Where(e => !e.Key.StartsWith("FaultInjection__", StringComparison.Ordinal))
            .ToDictionary(e => e.Key, e => e.Value),
    };
}

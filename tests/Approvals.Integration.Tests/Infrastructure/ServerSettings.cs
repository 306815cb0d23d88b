namespace Approvals.Integration.Tests.Infrastructure;

/// <summary>How to start one server process: its roles, its SQLite file and its transport.</summary>
public sealed record ServerSettings(string Roles, string DatabaseFile)
{
    /// <summary>The RabbitMQ virtual host; null runs the embedded default, the in-memory transport.</summary>
    public string? VirtualHost { get; init; }

    /// <summary>Where the process finds RabbitMQ: the broker itself, or a proxy in front of it.</summary>
    public int BrokerPort { get; init; } = Broker.Port;

    /// <summary>A fixed HTTP port, to restart a process where its clients already point; null picks a free one.</summary>
    public int? HttpPort { get; init; }

    /// <summary>Extra configuration as environment variables, e.g. <c>FaultInjection__Point</c>.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>The same process again, without any fault configuration.</summary>
    public ServerSettings WithoutFaults() => this with
    {
        Environment = Environment.Where(e => !e.Key.StartsWith("FaultInjection__", StringComparison.Ordinal))
            .ToDictionary(e => e.Key, e => e.Value),
    };
}

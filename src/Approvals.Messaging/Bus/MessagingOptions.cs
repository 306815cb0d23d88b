namespace Approvals.Messaging.Bus;

public enum TransportKind
{
    InMemory,
    RabbitMq,
}

/// <summary>Configuration section <c>Messaging</c>.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    public TransportKind Transport { get; set; } = TransportKind.InMemory;

    public RabbitMqOptions RabbitMq { get; set; } = new();
}

public sealed class RabbitMqOptions
{
    /// <summary>The one broker, when <see cref="Hosts"/> names none.</summary>
    public string Host { get; set; } = "localhost";
    public ushort Port { get; set; } = 5672;

    /// <summary>
    /// The nodes of a RabbitMQ cluster, each <c>host</c> or <c>host:port</c> (<c>Messaging:RabbitMq:Hosts:0</c>, ...; an
    /// entry may also list several, comma-separated). When any is given they replace <see cref="Host"/> and
    /// <see cref="Port"/>: the client connects to the first that answers, and after a lost connection tries them again.
    /// </summary>
    public string[] Hosts { get; set; } = [];

    /// <summary>Every node <see cref="Hosts"/> names, in order.</summary>
    public IReadOnlyList<string> ClusterNodes =>
        [.. Hosts.SelectMany(entry => entry.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
    public string VirtualHost { get; set; } = "/";
    public string Username { get; set; } = "guest";
    public string Password { get; set; } = "guest";
}

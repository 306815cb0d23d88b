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
    public string Host { get; set; } = "localhost";
    public ushort Port { get; set; } = 5672;
    public string VirtualHost { get; set; } = "/";
    public string Username { get; set; } = "guest";
    public string Password { get; set; } = "guest";
}

using Approvals.Benchmarks.Infrastructure;
using Approvals.Benchmarks.Messages;
using Approvals.Messaging.Bus;

namespace Approvals.Benchmarks;

/// <summary>What every phase shares: the settings, the broker, the payload.</summary>
public sealed class BenchContext(BenchOptions options, BrokerAdmin? broker)
{
    public BenchOptions Options { get; } = options;
    public Payloads Payloads { get; } = new(options.PayloadBytes);

    public BrokerAdmin Broker => broker ?? throw new InvalidOperationException("This phase needs the broker.");

    public string DataPath(string file) => Path.Combine(Options.DataDirectory, file);

    /// <summary>A queue name of its own for each phase and repetition, so nothing left by one can reach another.</summary>
    public static string QueueName(string phase, int repetition) => $"bench-{phase}-r{repetition}";

    /// <summary>Generous: a stalled phase fails with "lost" rather than hanging the run.</summary>
    public static TimeSpan CompletionTimeout(int count) => TimeSpan.FromSeconds(Math.Max(60, count / 10.0));

    public RabbitMqOptions RabbitMq => new()
    {
        Host = Options.Host,
        Port = (ushort)Options.Port,
        VirtualHost = Broker.VirtualHost,
        Username = "guest",
        Password = "guest",
    };
}

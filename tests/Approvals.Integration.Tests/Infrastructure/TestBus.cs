using System.Globalization;
using MassTransit;

namespace Approvals.Integration.Tests.Infrastructure;

/// <summary>
/// A MassTransit bus inside the test, on the deployment's virtual host: it puts hand-made messages (fixed MessageIds,
/// poison) straight onto the broker, and can listen for what the services publish.
/// </summary>
public sealed class TestBus : IAsyncDisposable
{
    readonly IBusControl _bus;

    TestBus(IBusControl bus) => _bus = bus;

    public static async Task<TestBus> Start(string virtualHost, Action<IRabbitMqBusFactoryConfigurator>? configure = null)
    {
        var bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host("127.0.0.1", (ushort)Broker.Port, virtualHost, h =>
            {
                h.Username("guest");
                h.Password("guest");
                h.PublisherConfirmation = true;
            });
            configure?.Invoke(cfg);
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await bus.StartAsync(timeout.Token);
        return new TestBus(bus);
    }

    public Task Publish<T>(T message, Guid messageId) where T : class =>
        _bus.Publish(message, context => context.MessageId = messageId);

    /// <summary>Sends to an exchange by name, as the services address commands (<c>exchange:review</c>).</summary>
    public async Task Send<T>(string exchange, T message, Guid messageId) where T : class
    {
        var endpoint = await _bus.GetSendEndpoint(new Uri(string.Create(CultureInfo.InvariantCulture, $"exchange:{exchange}")));
        await endpoint.Send(message, context => context.MessageId = messageId);
    }

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}

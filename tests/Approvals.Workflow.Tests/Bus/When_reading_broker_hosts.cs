using Approvals.Messaging.Bus;
using Microsoft.Extensions.Configuration;

namespace Approvals.Workflow.Tests.Bus;

/// <summary>A cluster's nodes as configuration gives them: one per key, or several in one comma-separated value.</summary>
public sealed class When_reading_broker_hosts
{
    static RabbitMqOptions Bound(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build()
            .GetSection("Messaging:RabbitMq").Get<RabbitMqOptions>() ?? new RabbitMqOptions();

    [Fact]
    public void Should_take_one_node_per_key_in_order() =>
        Assert.Equal(["rabbit-0:5672", "rabbit-1", "rabbit-2:5673"],
            Bound(("Messaging:RabbitMq:Hosts:0", "rabbit-0:5672"), ("Messaging:RabbitMq:Hosts:1", "rabbit-1"), ("Messaging:RabbitMq:Hosts:2", "rabbit-2:5673"))
                .ClusterNodes);

    [Fact]
    public void Should_split_a_comma_separated_value() =>
        Assert.Equal(["rabbit-0", "rabbit-1", "rabbit-2"], Bound(("Messaging:RabbitMq:Hosts:0", "rabbit-0, rabbit-1,,rabbit-2")).ClusterNodes);

    [Fact]
    public void Should_name_no_node_when_only_the_single_host_is_set() =>
        Assert.Empty(Bound(("Messaging:RabbitMq:Host", "rabbit"), ("Messaging:RabbitMq:Port", "5672")).ClusterNodes);
}

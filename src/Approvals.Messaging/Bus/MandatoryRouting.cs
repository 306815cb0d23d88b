using Approvals.Contracts;
using Approvals.Messaging.Scheduling;
using MassTransit;

namespace Approvals.Messaging.Bus;

/// <summary>
/// RabbitMQ drops a message its exchange cannot route, and still confirms it: when a publisher runs before its
/// consumer has declared the queue (a fresh virtual host, a broker back before every service), an outbox would mark
/// the message sent while it vanished. Messages some service consumes are therefore published "mandatory": RabbitMQ
/// returns them, MassTransit throws, and the outbox keeps them to try again. Events nobody consumes yet stay optional.
/// </summary>
public static class MandatoryRouting
{
    static readonly Type[] ConsumedContracts =
    [
        typeof(ApprovalRequested), typeof(InformationProvided), typeof(RequestWithdrawn), typeof(ReviewDecided),
        typeof(InformationRequested), typeof(RequestStatusChanged), typeof(ReviewOverdue), typeof(FollowUpReported),
        typeof(RenewalRequested), typeof(SuspensionOrdered), typeof(ReinstatementOrdered), typeof(RevocationOrdered),
        typeof(OpinionRecorded), typeof(ProtocolVersionPublished), typeof(ProtocolVersionTakesEffect), typeof(AttemptRefused),
    ];

    static readonly HashSet<string> RoutedExchanges = new(StringComparer.Ordinal)
    {
        ServiceAddresses.IntakeQueue, ServiceAddresses.ReviewQueue, ServiceAddresses.WorkflowQueue, SchedulerAddress.QueueName,
    };

    static MandatoryRouting()
    {
        foreach (var type in ConsumedContracts)
            RoutedExchanges.Add($"{type.Namespace}:{type.Name}");
    }

    public static void Require(IRabbitMqBusFactoryConfigurator cfg)
    {
        cfg.ConfigureSend(send => send.UseSendExecute(MarkMandatory));
        cfg.ConfigurePublish(publish => publish.UseExecute(MarkMandatory));
    }

    public static bool MustBeRouted(Uri? destination) =>
        destination is not null && RoutedExchanges.Contains(Uri.UnescapeDataString(destination.Segments[^1]));

    static void MarkMandatory(SendContext context)
    {
        if (MustBeRouted(context.DestinationAddress) && context.TryGetPayload(out RabbitMqSendContext? rabbit))
            rabbit.Mandatory = true;
    }
}

using Approvals.Messaging.CrashGuard;
using Approvals.Messaging.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Messaging.Bus;

/// <summary>
/// The policy of a service's own queue, outermost first: short message retries, then the service's partitioning if it
/// has one, then its inbox/outbox. Retry outside the outbox, so that each attempt is a fresh transaction and nothing
/// of a failed one is sent; partitioning outside the outbox too, so that the messages of one key commit one after
/// another instead of merely starting one after another.
/// </summary>
public static class ServiceEndpointPolicy
{
    /// <summary>
    /// Short in-memory retries absorb lost races on a row and messages that overtake each other; after them a message
    /// goes to its endpoint's error queue, never nowhere.
    /// </summary>
    public static void UseServiceRetry(this IReceiveEndpointConfigurator endpoint)
    {
        endpoint.UseMessageRetry(retry =>
        {
            retry.Intervals(50, 200, 500, 1000, 2000, 5000);
            retry.Ignore<ArgumentException>();
            // A refused crash-looper must not be retried: the retry would find its strikes cleared and run it again.
            retry.Ignore<CrashLoopException>();
        });
    }

    /// <summary>Puts every consumer of <paramref name="queue"/> behind the service policy, with the inbox/outbox of <typeparamref name="TDbContext"/>.</summary>
    /// <param name="partition">Adds the service's partitioner to the endpoint, if its messages need one.</param>
    public static void ConfigureServiceQueue<TDbContext>(this IBusRegistrationConfigurator bus, string queue,
        Action<IReceiveEndpointConfigurator>? partition = null)
        where TDbContext : DbContext
    {
        bus.AddConfigureEndpointsCallback((context, name, endpoint) =>
        {
            if (name != queue)
                return;
            endpoint.UseServiceRetry();
            partition?.Invoke(endpoint);
            endpoint.UseInboxOutbox<TDbContext>(context);
        });
    }
}

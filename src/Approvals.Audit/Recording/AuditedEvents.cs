using Approvals.Audit.Recording.Translations;
using Approvals.Contracts;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Audit.Recording;

/// <summary>
/// Every event the trail records, with its translation and the request it belongs to. One list, so a consumer, its
/// translation and its place in the per-request order cannot be registered apart.
/// </summary>
internal static class AuditedEvents
{
    static readonly AuditedEvent[] All =
    [
        AuditedEvent.Of<ApprovalRequested, SubmissionTranslation>(m => m.RequestId),
        AuditedEvent.Of<RequestStatusChanged, TimelineTranslation>(m => m.RequestId),
        AuditedEvent.Of<ReviewDecided, DecisionTranslation>(m => m.RequestId),
        AuditedEvent.Of<InformationRequested, InformationRequestTranslation>(m => m.RequestId),
        AuditedEvent.Of<InformationProvided, InformationAnswerTranslation>(m => m.RequestId),
        AuditedEvent.Of<RequestWithdrawn, WithdrawalTranslation>(m => m.RequestId),
        AuditedEvent.Of<ApprovalGranted, GrantTranslation>(m => m.RequestId),
        AuditedEvent.Of<ApprovalDenied, DenialTranslation>(m => m.RequestId),
        AuditedEvent.Of<ReviewOverdue, OverdueTranslation>(m => m.RequestId),
        AuditedEvent.Of<ReviewDeadlineApproaching, DeadlineApproachingTranslation>(m => m.RequestId),
        AuditedEvent.Of<AttemptRefused, RefusalTranslation>(m => m.RequestId),
        AuditedEvent.Of<FollowUpReported, FollowUpTranslation>(m => m.RequestId),
        AuditedEvent.Of<OpinionRecorded, OpinionTranslation>(m => m.RequestId),
        AuditedEvent.Of<ReviewClaimed, ClaimTranslation>(m => m.RequestId),
        AuditedEvent.Of<ReviewReleased, ReleaseTranslation>(m => m.RequestId),
        // Protocol publications belong to no request: they share one partition, in the order they were published.
        AuditedEvent.Of<ProtocolVersionPublished, ProtocolPublicationTranslation>(_ => Guid.Empty),
    ];

    public static IEnumerable<Type> Contracts => All.Select(audited => audited.Contract);

    public static void AddTranslations(IServiceCollection services)
    {
        foreach (var audited in All)
            audited.AddTranslation(services);
    }

    public static void AddConsumers(IBusRegistrationConfigurator bus, string queue)
    {
        foreach (var audited in All)
            audited.AddConsumer(bus, queue);
    }

    /// <summary>
    /// One request's events are taken one at a time, in the order they arrived: a decision is recorded before the
    /// transition it caused, and each transition finds the one before it.
    /// </summary>
    public static void PartitionByRequest(IReceiveEndpointConfigurator endpoint)
    {
        var partitioner = endpoint.CreatePartitioner(Environment.ProcessorCount * 4);
        foreach (var audited in All)
            audited.Partition(endpoint, partitioner);
    }

    sealed record AuditedEvent(
        Type Contract,
        Action<IServiceCollection> AddTranslation,
        Action<IBusRegistrationConfigurator, string> AddConsumer,
        Action<IReceiveEndpointConfigurator, IPartitioner> Partition)
    {
        public static AuditedEvent Of<T, TTranslation>(Func<T, Guid> requestIdOf)
            where T : class
            where TTranslation : class, IAuditTranslation<T> =>
            new(
                typeof(T),
                services => services.AddSingleton<IAuditTranslation<T>, TTranslation>(),
                (bus, queue) => bus.AddConsumer<AuditConsumer<T>>().Endpoint(e => e.Name = queue),
                (endpoint, partitioner) => endpoint.UsePartitioner<T>(partitioner, context => requestIdOf(context.Message)));
    }
}

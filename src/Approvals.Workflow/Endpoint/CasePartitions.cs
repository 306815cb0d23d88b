using MassTransit;

namespace Approvals.Workflow;

/// <summary>
/// Partitions every message the saga consumes by the case it correlates to, using the saga's own correlation of that
/// event, so that a new event is partitioned the moment it is correlated. The messages of one case then run one at a
/// time in this process: on SQL Server they no longer lose optimistic-concurrency races to each other and go round the
/// retry; on SQLite they no longer hold connections waiting for the write lock. Between processes the saga row's
/// Version still decides.
/// </summary>
sealed class CasePartitions(SagaStateMachine<ApprovalState> machine, IPartitioner partitioner) : ISagaConfigurationObserver
{
    public void SagaConfigured<TSaga>(ISagaConfigurator<TSaga> configurator)
        where TSaga : class, ISaga
    {
    }

    public void StateMachineSagaConfigured<TInstance>(ISagaConfigurator<TInstance> configurator, SagaStateMachine<TInstance> stateMachine)
        where TInstance : class, ISaga, SagaStateMachineInstance
    {
    }

    public void SagaMessageConfigured<TSaga, TMessage>(ISagaMessageConfigurator<TSaga, TMessage> configurator)
        where TSaga : class, ISaga
        where TMessage : class
    {
        if (typeof(TSaga) != typeof(ApprovalState))
            return;
        if (configurator is not ISagaMessageConfigurator<TMessage> message)
            throw new ConfigurationException($"The saga's {typeof(TMessage).Name} pipe cannot be partitioned.");

        var correlation = machine.Correlations.OfType<EventCorrelation<ApprovalState, TMessage>>().Single();
        var caseOf = CaseOf(correlation);
        message.UsePartitioner(partitioner, caseOf);
    }

    /// <summary>
    /// The case a message belongs to, as the event's correlation filter finds it: the filter hands the next pipe the
    /// message with the saga's id as its CorrelationId. A correlation by id is a pure function of the message, so the
    /// filter completes at once.
    /// </summary>
    static Func<ConsumeContext<TMessage>, Guid> CaseOf<TMessage>(EventCorrelation<ApprovalState, TMessage> correlation)
        where TMessage : class
    {
        var filter = correlation.MessageFilter
            ?? throw new ConfigurationException($"{typeof(TMessage).Name} is not correlated by id, so it has no case to partition by.");
        return context =>
        {
            Guid? caseId = null;
            var found = filter.Send(context, Pipe.Execute<ConsumeContext<TMessage>>(correlated => caseId = correlated.CorrelationId));
            if (!found.IsCompleted)
                throw new InvalidOperationException($"The correlation of {typeof(TMessage).Name} did not name a case at once.");
            found.GetAwaiter().GetResult(); // a correlation that threw fails the message with its own exception
            return caseId ?? throw new InvalidOperationException($"The correlation of {typeof(TMessage).Name} named no case.");
        };
    }
}

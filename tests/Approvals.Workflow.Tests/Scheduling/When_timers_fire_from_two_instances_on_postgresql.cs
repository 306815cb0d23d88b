using Approvals.Persistence;

namespace Approvals.Workflow.Tests.Scheduling;

/// <summary>
/// On SQLite the write lock takes the two claims one after the other; PostgreSQL runs them at once, and only the
/// claim's own condition, re-checked on each row it waited for, keeps a timer from being claimed twice.
/// </summary>
[Trait(Category.Trait, Category.PostgreSql)]
public sealed class When_timers_fire_from_two_instances_on_postgresql
{
    [Fact]
    public Task Should_never_fire_one_timer_from_two_instances() =>
        When_due_timers_fire_in_batches.TwoInstancesFireEachTimerOnce(DatabaseProvider.PostgreSql);
}

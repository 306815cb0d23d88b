using MassTransit;

namespace Approvals.Workflow;

internal static class BinderExtensions
{
    /// <summary>Applies a named group of activities, so behaviours shared by several transitions are written once.</summary>
    public static EventActivityBinder<ApprovalState, T> With<T>(this EventActivityBinder<ApprovalState, T> binder,
        Func<EventActivityBinder<ApprovalState, T>, EventActivityBinder<ApprovalState, T>> activities)
        where T : class =>
        activities(binder);
}

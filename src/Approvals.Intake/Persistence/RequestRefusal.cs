namespace Approvals.Intake.Persistence;

/// <summary>
/// A step on a request that was refused, at once by an API or later by the workflow: who tried what, the answer and
/// why. Shown on the request, so whoever got a 202 for an order the workflow then refused can see that it was.
/// </summary>
public sealed class RequestRefusal
{
    /// <summary>The id of the message that announced the refusal, so a redelivery lands on the same row.</summary>
    public Guid Id { get; set; }

    public Guid RequestId { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>The step refused: <c>withdrawal</c>, <c>decision</c>, <c>suspension</c>, … (<see cref="Contracts.RequestSteps"/>).</summary>
    public string Action { get; set; } = null!;

    public string ActorId { get; set; } = null!;

    /// <summary>The HTTP status the refusal answers to: 403 not the actor's to take, 409 out of order.</summary>
    public int Status { get; set; }

    public string Reason { get; set; } = null!;

    /// <summary>The accepted safety order the workflow refused; null for a refusal answered at once.</summary>
    public Guid? OrderId { get; set; }
}

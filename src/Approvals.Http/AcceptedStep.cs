using Approvals.Contracts;

namespace Approvals.Http;

/// <summary>
/// Every 202 of the API: the step was accepted, and the workflow applies it shortly. <see cref="Status"/> is the
/// request's status as it stands now, before the step takes effect; <see cref="Accepted"/> names the step
/// (<see cref="RequestSteps"/>). The request (the Location) shows the outcome: its timeline, or its refusals.
/// </summary>
/// <param name="OrderId">Safety orders: the order's id, which a refusal of it by the workflow names; null for other steps.</param>
public sealed record AcceptedStep(Guid Id, RequestStatus Status, string Accepted, Guid? OrderId = null);

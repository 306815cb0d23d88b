namespace Approvals.Domain.Protocols;

/// <summary>How a daily dose above a new cap comes down: by <see cref="MinStepMg"/> to <see cref="MaxStepMg"/> at a time, one step every <see cref="StepInterval"/>.</summary>
public sealed record TaperRule(decimal MinStepMg, decimal MaxStepMg, TimeSpan StepInterval);

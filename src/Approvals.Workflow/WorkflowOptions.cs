using Approvals.Domain;

namespace Approvals.Workflow;

/// <summary>Configuration section <c>Workflow</c>.</summary>
public sealed class WorkflowOptions
{
    public const string Section = "Workflow";

    public ReviewClocks ReviewClocks { get; set; } = new();
}

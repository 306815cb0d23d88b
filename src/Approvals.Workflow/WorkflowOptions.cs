using Approvals.Domain;

namespace Approvals.Workflow;

/// <summary>Configuration section <c>Workflow</c>.</summary>
public sealed class WorkflowOptions
{
    public const string Section = "Workflow";

    public ReviewClocks ReviewClocks { get; set; } = new();

    /// <summary>How long a prescriber has to answer a reviewer's questions before the request lapses.</summary>
    public TimeSpan InformationDeadline { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// How many partitions the workflow queue spreads the cases over; one case's messages share one and are taken one at
    /// a time. Unset: four times the endpoint's concurrent message limit if its host sets one, else four times the
    /// processor count, so that two cases seldom share one.
    /// </summary>
    public int? Partitions { get; set; }
}

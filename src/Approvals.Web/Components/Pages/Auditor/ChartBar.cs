namespace Approvals.Web.Components.Pages.Auditor;

/// <summary>One bar: its label, its value, and the value as the page writes it (a count, or a count with its share).</summary>
public sealed record ChartBar(string Label, double Value, string ValueText);

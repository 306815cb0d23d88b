namespace Approvals.Intake.Persistence;

/// <summary>One follow-up assessment of an approved treatment, as the prescriber reported it.</summary>
public sealed class FollowUpRecord
{
    public Guid Id { get; set; }
    public Guid RequestId { get; set; }
    public string PrescriberId { get; set; } = null!;

    /// <summary>The day the patient was assessed (not the day of the report).</summary>
    public DateOnly Date { get; set; }

    public decimal DailyDoseMg { get; set; }
    public decimal? DrinksPerDay { get; set; }

    /// <summary>Another consumption measure, e.g. heavy drinking days per month or AUDIT score.</summary>
    public string? ConsumptionMeasure { get; set; }
    public decimal? ConsumptionValue { get; set; }

    public List<AdverseEventRecord> AdverseEvents { get; set; } = [];
    public string? Notes { get; set; }
    public DateTimeOffset ReportedAt { get; set; }
}

/// <summary>An adverse event observed since the last follow-up.</summary>
public sealed class AdverseEventRecord
{
    public string Term { get; set; } = null!;
    public bool Serious { get; set; }
}

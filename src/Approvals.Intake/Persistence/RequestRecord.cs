using Approvals.Contracts;
using Approvals.Persistence;

namespace Approvals.Intake.Persistence;

/// <summary>The prescriber's view of one request: what was submitted, and where the workflow has taken it.</summary>
public sealed class RequestRecord
{
    public Guid Id { get; set; }
    public string PrescriberId { get; set; } = null!;
    public string IdempotencyKey { get; set; } = null!;

    /// <summary>SHA-256 of the submitted body, to tell a retry from a different request under a reused key.</summary>
    public string BodyHash { get; set; } = null!;

    public string ProtocolId { get; set; } = null!;
    public int ProtocolVersion { get; set; }
    public string PatientPseudonym { get; set; } = null!;
    public int PatientBirthYear { get; set; }
    public Sex PatientSex { get; set; }
    public decimal DailyDoseMg { get; set; }
    public Urgency Urgency { get; set; }
    public string Indication { get; set; } = null!;
    public string Justification { get; set; } = null!;
    public List<string> PriorTreatments { get; set; } = [];
    public DateTimeOffset SubmittedAt { get; set; }

    public RequestStatus Status { get; set; }

    /// <summary>The review went past its deadline undecided.</summary>
    public bool Overdue { get; set; }

    /// <summary>Sequence of the newest timeline entry applied; older entries arriving late leave the status alone.</summary>
    public int LastSequence { get; set; }

    public List<string> OpenQuestions { get; set; } = [];

    public DecisionOutcome? DecisionOutcome { get; set; }
    public decimal? ApprovedDailyDoseMg { get; set; }
    public string? ReasonCode { get; set; }
    public string? Rationale { get; set; }
    public string? ReviewerId { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>The reviewer's electronic signature on the latest decision.</summary>
    public StoredSignature? DecisionSignature { get; set; }

    public DateTimeOffset? ValidFrom { get; set; }
    public DateTimeOffset? ValidUntil { get; set; }
    public DateTimeOffset? NextFollowUpDue { get; set; }
    public bool FollowUpOverdue { get; set; }
    public RenewalStatus? RenewalStatus { get; set; }
    public int RenewalCycle { get; set; }

    /// <summary>The taper a lower protocol cap requires, as JSON (<see cref="TaperSchedule"/>); null when none is required.</summary>
    public string? Taper { get; set; }

    public List<RequestHistoryEntry> History { get; set; } = [];

    /// <summary>Steps on this request that were refused, at once or by the workflow.</summary>
    public List<RequestRefusal> Refusals { get; set; } = [];
}

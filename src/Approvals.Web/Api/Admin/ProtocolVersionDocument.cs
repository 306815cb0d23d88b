namespace Approvals.Web.Api.Admin;

/// <summary>
/// <c>GET /api/v1/protocols/{id}/versions/{version}</c>: a version as published. Durations are ISO 8601 texts
/// (<c>P180D</c>, <c>PT72H</c>); review levels as the API spells them (<c>single</c>, <c>collegial</c>, …).
/// </summary>
public sealed record ProtocolVersionDocument(
    string ProtocolId,
    int Version,
    DateTimeOffset EffectiveFrom,
    string Title,
    IReadOnlyList<string> Indications,
    decimal MaxDailyDoseMg,
    IReadOnlyList<DoseTierDocument> DoseTiers,
    string ApprovalValidity,
    string MaxApprovalValidity,
    string FollowUpInterval,
    IReadOnlyList<string> RenewalReminders,
    ReviewClocksDocument ReviewClocks,
    string InformationDeadline,
    TaperDocument Taper);

public sealed record DoseTierDocument(decimal UpToMg, string Review, int? Specialists);

public sealed record ReviewClocksDocument(string Standard, string Expedited);

public sealed record TaperDocument(decimal MinStepMg, decimal MaxStepMg, string StepInterval);

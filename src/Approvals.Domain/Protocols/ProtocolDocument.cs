using System.Text.Json.Serialization;
using Approvals.Contracts;

namespace Approvals.Domain.Protocols;

/// <summary>
/// A protocol version as files and the admin API spell it: one document, the same in both. Members are nullable so
/// that <see cref="ProtocolValidator"/> can name every one that is missing; it turns a sound document into a
/// <see cref="ProtocolVersion"/>.
/// </summary>
public sealed record ProtocolDocument(
    string? ProtocolId,
    int? Version,
    [property: JsonConverter(typeof(ExplicitOffsetJsonConverter))] DateTimeOffset? EffectiveFrom,
    string? Title,
    IReadOnlyList<string?>? Indications,
    decimal? MaxDailyDoseMg,
    IReadOnlyList<DoseTierDocument?>? DoseTiers,
    IsoDuration? ApprovalValidity,
    IsoDuration? MaxApprovalValidity,
    IsoDuration? FollowUpInterval,
    IReadOnlyList<IsoDuration>? RenewalReminders,
    ReviewClocksDocument? ReviewClocks,
    ProtocolDuration? InformationDeadline,
    TaperDocument? Taper);

/// <summary>Doses above the previous tier, up to and including <paramref name="UpToMg"/>, need <paramref name="Review"/>.</summary>
/// <param name="Specialists">How many distinct specialists a collegial review needs; only collegial tiers name it.</param>
public sealed record DoseTierDocument(
    decimal? UpToMg,
    ReviewLevel? Review,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Specialists = null);

public sealed record ReviewClocksDocument(ProtocolDuration? Standard, ProtocolDuration? Expedited);

public sealed record TaperDocument(decimal? MinStepMg, decimal? MaxStepMg, IsoDuration? StepInterval);

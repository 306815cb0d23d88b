namespace Approvals.Contracts;

/// <summary>From <paramref name="From"/> on, the patient takes <paramref name="DailyDoseMg"/> a day.</summary>
public sealed record TaperDose(DateTimeOffset From, decimal DailyDoseMg);

/// <summary>A taper a lower protocol cap imposes on a running approval: the steps down to the cap of that version.</summary>
public sealed record TaperSchedule(int ProtocolVersion, decimal TargetDailyDoseMg, IReadOnlyList<TaperDose> Steps);

/// <summary>
/// A protocol version with a lower cap took effect and this approval's dose is above it: taper, and report follow-ups
/// every <see cref="FollowUpInterval"/> until one shows a dose within the cap.
/// </summary>
public sealed record TaperOrdered(Guid RequestId, TaperSchedule Schedule, TimeSpan FollowUpInterval, DateTimeOffset At);

/// <summary>Timer message: a published protocol version takes effect now.</summary>
public sealed record ProtocolVersionTakesEffect(ProtocolVersionRules Protocol);

namespace Approvals.Contracts;

/// <summary>From <paramref name="From"/> on, the patient takes <paramref name="DailyDoseMg"/> a day.</summary>
public sealed record TaperDose(DateTimeOffset From, decimal DailyDoseMg);

/// <summary>A taper a lower protocol cap imposes on a running approval: the steps down to the cap of that version.</summary>
public sealed record TaperSchedule(int ProtocolVersion, decimal TargetDailyDoseMg, IReadOnlyList<TaperDose> Steps);

/// <summary>Timer message: a published protocol version takes effect now.</summary>
public sealed record ProtocolVersionTakesEffect(ProtocolVersionRules Protocol);

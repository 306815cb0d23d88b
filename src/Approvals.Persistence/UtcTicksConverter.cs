using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Approvals.Persistence;

/// <summary>
/// SQLite cannot order or compare DateTimeOffset values stored as text; all our times are UTC, so store ticks.
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));

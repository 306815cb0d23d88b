using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Approvals.Persistence;

/// <summary>
/// SQLite cannot order or compare DateTimeOffset values stored as text, and PostgreSQL's timestamptz drops the last
/// digit of .NET's 100 ns ticks; all our times are UTC, so both store the ticks.
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));

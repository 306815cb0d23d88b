using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Approvals.Persistence;

/// <summary>
/// A server database's decimal column gives every value its declared scale (220 comes back as 220.00), and a decimal
/// keeps its scale into JSON. Values read back lose the trailing zeros again, so a record reads as it was written and
/// hashes the same.
/// </summary>
public sealed class MinimalScaleConverter() : ValueConverter<decimal, decimal>(
    value => value,
    value => WithoutTrailingZeros(value))
{
    // Dividing by one written with more decimals than any value carries makes the result take the fewest it needs.
    public static decimal WithoutTrailingZeros(decimal value) => value / 1.0000000000000000000000000000m;
}

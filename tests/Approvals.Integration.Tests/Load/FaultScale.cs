using System.Globalization;

namespace Approvals.Integration.Tests.Load;

/// <summary>
/// Sizes the fault tests: small by default so the suite runs in minutes; APPROVALS_FAULT_SCALE=10 (say) multiplies
/// every request count and the time allowed to settle, for a long variant outside CI.
/// </summary>
public static class FaultScale
{
    public static int Factor { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("APPROVALS_FAULT_SCALE"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var f) && f > 0 ? f : 1;

    public static int Requests(int atScaleOne) => atScaleOne * Factor;

    public static TimeSpan Patience(int secondsAtScaleOne) => TimeSpan.FromSeconds(secondsAtScaleOne * Factor);
}

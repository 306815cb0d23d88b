using Microsoft.Extensions.Configuration;

namespace Approvals.Messaging.Faults;

/// <summary>
/// Crashes the process at a chosen <see cref="FaultPoint"/>, once, for fault tests. Only a test configuration switches it
/// on (<c>FaultInjection:Point</c> plus <c>FaultInjection:MarkerFile</c>); the marker file makes the crash happen on the
/// first pass only, so the restarted process proves recovery instead of crashing again.
/// </summary>
public sealed class FaultInjector
{
    public const string Section = "FaultInjection";

    readonly FaultPoint _point;
    readonly string? _markerFile;

    public FaultInjector(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        _point = section.GetValue("Point", FaultPoint.None);
        _markerFile = section["MarkerFile"];
    }

    public static FaultInjector Disabled { get; } = new(new ConfigurationBuilder().Build());

    public void At(FaultPoint point)
    {
        if (point != _point || _point == FaultPoint.None || _markerFile is null || File.Exists(_markerFile))
            return;
        File.WriteAllText(_markerFile, point.ToString());
        Environment.FailFast($"Fault injected at {point}");
    }
}

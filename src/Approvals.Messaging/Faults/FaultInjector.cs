using Microsoft.Extensions.Configuration;

namespace Approvals.Messaging.Faults;

/// <summary>
/// Crashes the process at a chosen <see cref="FaultPoint"/>, once, for fault tests. Only a test configuration switches it
/// on (<c>FaultInjection:Point</c> plus <c>FaultInjection:MarkerFile</c>); the marker file makes the crash happen on the
/// first pass only, so the restarted process proves recovery instead of crashing again.
/// <see cref="FaultPoint.EveryDeliveryOfMarkedMessage"/> instead names one message (<c>FaultInjection:MessageId</c>)
/// and crashes on it every time.
/// </summary>
public sealed class FaultInjector
{
    public const string Section = "FaultInjection";

    readonly FaultPoint _point;
    readonly string? _markerFile;
    readonly Guid? _markedMessageId;
    readonly Lock _crash = new();

    public FaultInjector(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        _point = section.GetValue("Point", FaultPoint.None);
        _markerFile = section["MarkerFile"];
        _markedMessageId = section.GetValue<Guid?>("MessageId");
    }

    public static FaultInjector Disabled { get; } = new(new ConfigurationBuilder().Build());

    public void At(FaultPoint point)
    {
        if (point != _point || _point == FaultPoint.None || _markerFile is null)
            return;
        // Consumers reach the point in parallel (on PostgreSQL nothing serialises their commits): the first one writes
        // the marker and dies; the others wait here, neither passing the point nor truncating the marker being written.
        lock (_crash)
        {
            if (File.Exists(_markerFile))
                return;
            File.WriteAllText(_markerFile, point.ToString());
            Environment.FailFast($"Fault injected at {point}");
        }
    }

    /// <summary>Called as a message is consumed: dies if it is the marked one, however often the process restarts.</summary>
    public void AtConsume(Guid messageId)
    {
        if (_point == FaultPoint.EveryDeliveryOfMarkedMessage && messageId == _markedMessageId)
            Environment.FailFast($"Fault injected at {_point}: message {messageId}");
    }
}

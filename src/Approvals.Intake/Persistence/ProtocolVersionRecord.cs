using Approvals.Domain.Protocols;

namespace Approvals.Intake.Persistence;

/// <summary>
/// A published protocol version: the document as published, and the columns lists and lookups need. Rows are only
/// ever inserted: a version, once published, judges requests and must read the same forever.
/// </summary>
public sealed class ProtocolVersionRecord : IEffectiveVersion
{
    public string ProtocolId { get; init; } = null!;
    public int Version { get; init; }
    public DateTimeOffset EffectiveFrom { get; init; }
    public string Title { get; init; } = null!;
    public decimal MaxDailyDoseMg { get; init; }

    /// <summary>The whole document in <see cref="ProtocolJson"/> form, durations spelled as their author wrote them.</summary>
    public string Document { get; init; } = null!;

    public DateTimeOffset PublishedAt { get; init; }

    /// <summary>The admin who published it through the API; null for a version read from a protocol file.</summary>
    public string? PublishedBy { get; init; }

    /// <summary>The protocol file it was read from; null for a version published through the API.</summary>
    public string? SourceFile { get; init; }

    /// <summary>The stored document as a version; it was valid when published, so anything else is a corrupted row.</summary>
    public ProtocolVersion ToVersion()
    {
        var validation = ProtocolValidator.Validate(ProtocolJson.Parse(Document));
        return validation.Version ?? throw new InvalidOperationException(
            $"Stored protocol {ProtocolId} version {Version} no longer validates: " +
            string.Join("; ", validation.Errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
    }
}

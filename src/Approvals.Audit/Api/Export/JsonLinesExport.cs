using System.Buffers;
using System.Text.Json;
using Approvals.Audit.Persistence;

namespace Approvals.Audit.Api.Export;

/// <summary>
/// JSON Lines: one object per entry and line. Old and new values are embedded as the stored JSON, byte for byte, so
/// they parse as objects and still hash as recorded.
/// </summary>
public static class JsonLinesExport
{
    const int FlushThreshold = 32 * 1024;

    public static async Task WriteAsync(IAsyncEnumerable<AuditEntry> entries, Stream output, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(FlushThreshold * 2);
        await using var json = new Utf8JsonWriter(buffer);
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            json.Reset(buffer);
            Write(json, entry);
            json.Flush();
            buffer.Write("\n"u8);
            if (buffer.WrittenCount >= FlushThreshold)
                await Drain(buffer, output, cancellationToken);
        }

        await Drain(buffer, output, cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    static async Task Drain(ArrayBufferWriter<byte> buffer, Stream output, CancellationToken cancellationToken)
    {
        await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
        buffer.ResetWrittenCount();
    }

    static void Write(Utf8JsonWriter json, AuditEntry e)
    {
        json.WriteStartObject();
        json.WriteNumber("sequence", e.Sequence);
        json.WriteString("recordedAt", ExportColumns.Time(e.RecordedAt));
        json.WriteString("occurredAt", ExportColumns.Time(e.OccurredAt));
        json.WriteString("actorId", e.ActorId);
        json.WriteString("actorName", e.ActorName);
        json.WriteString("actorRole", e.ActorRole);
        json.WriteString("action", e.Action);
        json.WriteString("entityType", e.EntityType);
        json.WriteString("entityId", e.EntityId);
        if (e.EntityVersion is { } version)
            json.WriteNumber("entityVersion", version);
        else
            json.WriteNull("entityVersion");
        json.WriteString("requestId", e.RequestId?.ToString("D"));
        Raw(json, "oldValues", e.OldValues);
        Raw(json, "newValues", e.NewValues);
        json.WriteString("reason", e.Reason);
        json.WriteString("correlationId", e.CorrelationId?.ToString("D"));
        json.WriteString("messageId", e.MessageId?.ToString("D"));
        json.WriteString("previousHash", e.PreviousHash);
        json.WriteString("hash", e.Hash);
        json.WriteEndObject();
    }

    static void Raw(Utf8JsonWriter json, string name, string? storedJson)
    {
        json.WritePropertyName(name);
        if (storedJson is null)
            json.WriteNullValue();
        else
            json.WriteRawValue(storedJson);
    }
}

using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Approvals.Audit.Chain;
using Approvals.Audit.Persistence;
using Approvals.Audit.Recording;

namespace Approvals.Audit.Api.Export;

/// <summary>
/// JSON Lines: one object per entry and line. Every hashed field is the very string it was hashed as (old and new values
/// too: JSON text inside a string, parse it a second time to read it), so a reader recomputes the hashes from the
/// parsed values without caring how this writer spaced or escaped them; the signature follows as an object.
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

    /// <summary>The integer fields, written as JSON numbers; their digits are the hashed text.</summary>
    static readonly HashSet<string> Numbers = new(["sequence", "entityVersion"], StringComparer.Ordinal);

    static void Write(Utf8JsonWriter json, AuditEntry e)
    {
        json.WriteStartObject();
        var fields = AuditHash.Fields(e);
        for (var i = 0; i < fields.Length; i++)
        {
            var name = AuditHash.FieldNames[i];
            if (fields[i] is null)
                json.WriteNull(name);
            else if (Numbers.Contains(name))
                json.WriteNumber(name, long.Parse(fields[i]!, CultureInfo.InvariantCulture));
            else
                json.WriteString(name, fields[i]);
        }

        json.WriteString(ExportColumns.Hash, e.Hash);
        json.WritePropertyName("signature");
        if (EntrySignature.In(e.NewValues) is { } signature)
            JsonSerializer.Serialize(json, signature, AuditJson.Options);
        else
            json.WriteNullValue();
        json.WriteEndObject();
    }
}

using System.Text;
using Approvals.Audit.Persistence;

namespace Approvals.Audit.Api.Export;

/// <summary>
/// RFC 4180 CSV: a header row, CRLF line ends, and a field quoted (its quotes doubled) when it holds a comma, a quote or
/// a line break. An empty field is a missing value; an empty string is written quoted (<c>""</c>), so the two stay
/// apart. Rows are written as they are read.
/// </summary>
public static class CsvExport
{
    public static async Task WriteAsync(IAsyncEnumerable<AuditEntry> entries, Stream output, CancellationToken cancellationToken)
    {
        // Asynchronous writes only: the server refuses synchronous I/O on a response.
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 32 * 1024,
            leaveOpen: true);
        var line = new StringBuilder();
        AppendRow(line, ExportColumns.Names);
        await writer.WriteAsync(line, cancellationToken);
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            line.Clear();
            AppendRow(line, ExportColumns.Values(entry));
            await writer.WriteAsync(line, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }

    static void AppendRow(StringBuilder line, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
                line.Append(',');
            AppendField(line, fields[i]);
        }

        line.Append("\r\n");
    }

    public static void AppendField(StringBuilder line, string? value)
    {
        if (value is null)
            return;
        if (value.Length > 0 && value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(value);
            return;
        }

        line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}

using Approvals.Audit.Persistence;

namespace Approvals.Audit.Api.Export;

/// <summary>How an export is written: its media type, its file extension, and the writer that streams it.</summary>
public sealed record ExportFormat(
    string Name,
    string ContentType,
    Func<IAsyncEnumerable<AuditEntry>, Stream, CancellationToken, Task> WriteAsync)
{
    public static ExportFormat Csv { get; } = new("csv", "text/csv; charset=utf-8", CsvExport.WriteAsync);
    public static ExportFormat JsonLines { get; } = new("jsonl", "application/jsonl; charset=utf-8", JsonLinesExport.WriteAsync);

    public static IReadOnlyList<ExportFormat> All { get; } = [Csv, JsonLines];

    /// <summary>The media type without its parameters.</summary>
    public string MediaType => ContentType.Split(';')[0];

    public static ExportFormat? Find(string? name) => All.FirstOrDefault(f => f.Name == name);
}

using System.Text.Json;
using Approvals.Domain.Protocols;

namespace Approvals.Intake.Protocols;

/// <summary>One protocol file, read and validated.</summary>
public sealed record ProtocolFile(string Path, ProtocolDocument Document, ProtocolVersion Version)
{
    public string Name => System.IO.Path.GetFileName(Path);
}

/// <summary>
/// Reads the protocol version documents of a directory. Any file that is malformed or invalid stops the start-up, with
/// every problem of every file named, rather than starting with some protocols missing.
/// </summary>
public static class ProtocolFileLoader
{
    public static IReadOnlyList<ProtocolFile> Load(string directory)
    {
        if (!Directory.Exists(directory))
            throw new InvalidOperationException($"Protocols:Path '{directory}' does not exist.");

        var files = new List<ProtocolFile>();
        var problems = new List<string>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            if (Read(path, problems) is not { } file)
                continue;
            if (files.FirstOrDefault(f => f.Version.ProtocolId == file.Version.ProtocolId && f.Version.Version == file.Version.Version) is { } twin)
                problems.Add($"{path}: {file.Version.ProtocolId} version {file.Version.Version} is already in {twin.Path}.");
            else
                files.Add(file);
        }

        if (problems.Count > 0)
            throw new InvalidOperationException($"Protocol files in '{directory}' cannot be loaded:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        return files;
    }

    static ProtocolFile? Read(string path, List<string> problems)
    {
        ProtocolDocument document;
        try
        {
            document = ProtocolJson.Parse(File.ReadAllText(path));
        }
        catch (JsonException malformed)
        {
            var expected = malformed.InnerException is ExpectedFormatException format ? $" {format.Message}" : "";
            problems.Add($"{path}: not a protocol document: {malformed.Message}{expected}");
            return null;
        }

        var validation = ProtocolValidator.Validate(document);
        foreach (var (field, messages) in validation.Errors.ToDictionary())
            problems.Add($"{path}: {field}: {string.Join(" ", messages)}");
        return validation.Version is { } version ? new ProtocolFile(path, document, version) : null;
    }
}

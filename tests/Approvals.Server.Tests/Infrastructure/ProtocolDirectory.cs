namespace Approvals.Server.Tests.Infrastructure;

/// <summary>A temporary <c>Protocols:Path</c> holding the files a test gives it; deleted on dispose.</summary>
public sealed class ProtocolDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"approvals-protocols-{Guid.NewGuid():N}");

    public ProtocolDirectory(IReadOnlyDictionary<string, string> files)
    {
        Directory.CreateDirectory(Path);
        foreach (var (name, content) in files)
            File.WriteAllText(System.IO.Path.Combine(Path, name), content);
    }

    /// <summary>The shipped files, plus or instead of (same name) <paramref name="files"/>.</summary>
    public static ProtocolDirectory WithShipped(IReadOnlyDictionary<string, string> files)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["baclofen-aud.v1.json"] = ProtocolsApi.ShippedFile("baclofen-aud.v1.json"),
            ["baclofen-aud.v3.json"] = ProtocolsApi.ShippedFile("baclofen-aud.v3.json"),
        };
        foreach (var (name, content) in files)
            all[name] = content;
        return new ProtocolDirectory(all);
    }

    public string FileOf(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

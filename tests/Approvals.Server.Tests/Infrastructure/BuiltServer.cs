namespace Approvals.Server.Tests.Infrastructure;

/// <summary>The server as built beside these tests (same configuration, its own runtime configuration), and its repository.</summary>
public static class BuiltServer
{
    public static string Assembly { get; } = FindAssembly();

    /// <summary>The server's own folder: where its settings and protocol files are, its content root.</summary>
    public static string Folder => Path.GetDirectoryName(Assembly)!;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    static string FindAssembly()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!.Name;
        var candidate = Path.Combine(FindRepositoryRoot(), "src", "Approvals.Server", "bin", configuration, "net10.0", "Approvals.Server.dll");
        return File.Exists(candidate) ? candidate : throw new FileNotFoundException("Build src/Approvals.Server first.", candidate);
    }

    static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Approvals.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("Approvals.sln not found above " + AppContext.BaseDirectory);
    }
}

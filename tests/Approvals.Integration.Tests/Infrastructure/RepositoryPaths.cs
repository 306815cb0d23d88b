namespace Approvals.Integration.Tests.Infrastructure;

/// <summary>Where the built server lives, found from this test assembly's own location.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The server built with the same configuration as these tests (Debug or Release).</summary>
    public static string ServerAssembly
    {
        get
        {
            // bin/<configuration>/net10.0/
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            var path = Path.Combine(Root, "src", "Approvals.Server", "bin", configuration, "net10.0", "Approvals.Server.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first; server not found.", path);
        }
    }

    public static string BrokerScript => Path.Combine(Root, "build", "broker.sh");

    /// <summary>The protocol versions the server ships; intake announces each once to a fresh database.</summary>
    public static int ShippedProtocolVersions =>
        Directory.GetFiles(Path.Combine(Root, "src", "Approvals.Server", "protocols"), "*.json").Length;

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Approvals.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("Approvals.sln not found above " + AppContext.BaseDirectory);
    }
}

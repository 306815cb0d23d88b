namespace Approvals.Testing;

/// <summary>Paths in this checkout, found from the running assembly's own location (bin/&lt;configuration&gt;/net10.0/).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration (Debug or Release) the running assembly was built with.</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    /// <summary>The server built with the same configuration as the caller; it must exist.</summary>
    public static string ServerAssembly
    {
        get
        {
            var path = Path.Combine(Root, "src", "Approvals.Server", "bin", Configuration, "net10.0", "Approvals.Server.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build src/Approvals.Server first.", path);
        }
    }

    /// <summary>The server's own folder: where its settings and protocol files are, its content root.</summary>
    public static string ServerFolder => Path.GetDirectoryName(ServerAssembly)!;

    public static string BrokerScript => In("build", "broker.sh");

    /// <summary>A path below the repository root.</summary>
    public static string In(params string[] segments) => Path.Combine([Root, .. segments]);

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

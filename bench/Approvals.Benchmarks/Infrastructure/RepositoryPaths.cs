namespace Approvals.Benchmarks.Infrastructure;

/// <summary>Where the repository, the server built beside this benchmark and build/broker.sh are.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string BrokerScript => Path.Combine(Root, "build", "broker.sh");

    /// <summary>broker.sh's default data directory, which holds rabbitmq.pid.</summary>
    public static string DefaultBrokerDirectory => Path.Combine(Root, ".rabbitmq");

    /// <summary>The server built with the same configuration as this benchmark: bin/&lt;configuration&gt;/net10.0/.</summary>
    public static string ServerAssembly
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            return Path.Combine(Root, "src", "Approvals.Server", "bin", configuration, "net10.0", "Approvals.Server.dll");
        }
    }

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

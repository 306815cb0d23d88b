namespace Approvals.Benchmarks.EndToEnd;

/// <summary>The built server, started as a child process for the phases that drive it over HTTP (P5, P6, P7).</summary>
public static class BenchServer
{
    /// <summary>Starts the server (all roles unless <paramref name="roles"/> says which) with this configuration; not yet ready.</summary>
    /// <param name="wrapper">A program to run it under, e.g. strace; see <see cref="ServerLaunch.Wrapper"/>.</param>
    public static ServerProcess Start(BenchOptions options, IReadOnlyDictionary<string, string> environment, string roles = "all",
        IReadOnlyList<string>? wrapper = null)
    {
        var serverAssembly = options.ServerAssembly ?? RepositoryPaths.ServerAssembly;
        if (!File.Exists(serverAssembly))
            throw new FileNotFoundException("Build the server first (building this benchmark builds it too).", serverAssembly);
        return ServerProcess.Start(new ServerLaunch
        {
            Label = $"{roles} server",
            ServerAssembly = serverAssembly,
            Arguments = ["--roles", roles],
            Environment = environment,
            Wrapper = wrapper ?? [],
        });
    }
}

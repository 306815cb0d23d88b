namespace Approvals.Web.Tests.Infrastructure;

/// <summary>Paths in this checkout: the server built beside these tests, and where screenshots go.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string ServerAssembly { get; } = FindServerAssembly();

    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(Root, "artifacts", "screenshots")).FullName;

    static string FindServerAssembly()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var candidate = Path.Combine(Root, "src", "Approvals.Server", "bin", configuration, "net10.0", "Approvals.Server.dll");
        return File.Exists(candidate) ? candidate : throw new FileNotFoundException("Build src/Approvals.Server first.", candidate);
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

namespace Approvals.Server.Tests.Infrastructure;

/// <summary>The server as built beside these tests (same configuration), with its own runtime configuration and settings.</summary>
public static class BuiltServer
{
    public static string AssemblyPath { get; } = Locate();

    static string Locate()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!.Name;
        for (var dir = output; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Approvals.Server", "bin", configuration, "net10.0", "Approvals.Server.dll");
            if (File.Exists(candidate))
                return candidate;
        }

        throw new FileNotFoundException("Build src/Approvals.Server first.");
    }
}

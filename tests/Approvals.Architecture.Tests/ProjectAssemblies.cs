using System.Reflection;

namespace Approvals.Architecture.Tests;

/// <summary>
/// The project's own assemblies as built, and the assemblies each one references. The compiler records only the
/// references a project uses, so these are its real dependencies, not what its project file happens to list.
/// </summary>
public static class ProjectAssemblies
{
    public static IReadOnlyList<string> All { get; } =
    [
        .. Directory.GetFiles(AppContext.BaseDirectory, "Approvals.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !name!.EndsWith(".Tests", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)!,
    ];

    public static IReadOnlyList<string> ReferencesOf(string assembly) =>
        [.. Assembly.Load(assembly).GetReferencedAssemblies().Select(a => a.Name!)];

    public static TheoryData<string> Named(params string[] names) => [.. names];
}

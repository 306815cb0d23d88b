namespace Approvals.Web.Tests.Infrastructure;

/// <summary>Where the browser tests save every page they visit: artifacts/screenshots in this checkout.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Directory.CreateDirectory(RepositoryPaths.In("artifacts", "screenshots")).FullName;
}

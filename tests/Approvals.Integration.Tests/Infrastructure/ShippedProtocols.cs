namespace Approvals.Integration.Tests.Infrastructure;

/// <summary>The protocol versions the server ships; intake announces each once to a fresh database.</summary>
public static class ShippedProtocols
{
    public static int Count => Directory.GetFiles(RepositoryPaths.In("src", "Approvals.Server", "protocols"), "*.json").Length;
}

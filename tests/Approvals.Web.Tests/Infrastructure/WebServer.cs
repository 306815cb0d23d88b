namespace Approvals.Web.Tests.Infrastructure;

/// <summary>
/// The built server as a real process with every role (the web app included), in Development, with its own SQLite
/// database and data protection keys in a temporary folder deleted afterwards.
/// </summary>
public sealed class WebServer : IAsyncDisposable
{
    readonly ServerProcess _process;

    WebServer(ServerProcess process, string folder)
    {
        _process = process;
        Folder = folder;
    }

    public Uri BaseAddress => _process.BaseAddress;

    /// <summary>The temporary folder holding the database and the keys.</summary>
    public string Folder { get; }

    public string KeysDirectory => Path.Combine(Folder, "keys");

    public string Output => _process.Output;

    public static async Task<WebServer> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("approvals-web-tests-").FullName;
        var server = new WebServer(ServerProcess.Start(new ServerLaunch
        {
            Label = "web server",
            WorkingDirectory = folder,
            Environment = new Dictionary<string, string>
            {
                ["ConnectionStrings__Approvals"] = $"Data Source={Path.Combine(folder, "approvals.db")}",
                ["Web__DataProtectionKeysDirectory"] = Path.Combine(folder, "keys"),
            },
        }), folder);
        try
        {
            await server._process.WaitUntilReady(ServerProcess.StartLimit);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the dying process; the temp folder is cleaned by the system eventually.
        }
    }
}

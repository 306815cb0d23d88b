using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Approvals.Persistence;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Hosting;

/// <summary>
/// A service manager starts the server from wherever it likes: settings and protocol files are read beside the
/// binary, whatever the working directory. The SQLite default, <c>approvals.db</c> (a file per service beside that name),
/// lands beside the binary too, not in the working directory.
/// </summary>
public sealed partial class When_the_server_starts_from_another_directory : IDisposable
{
    readonly DirectoryInfo _workingDirectory = Directory.CreateTempSubdirectory("approvals-cwd-");

    /// <summary>The default <c>approvals.db</c> as the services store it, one file each.</summary>
    static readonly string[] DefaultFiles = [.. ApprovalsApiFactory.ServiceNames.Select(service => SqliteDataSource.ServiceFile("approvals.db", service))];

    [GeneratedRegex(@"Now listening on: (?<address>http://\S+)")]
    private static partial Regex Listening();

    [Fact]
    public async Task Should_read_its_settings_from_the_binarys_folder()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _workingDirectory.FullName,
        };
        foreach (var argument in new[] { RepositoryPaths.ServerAssembly, "--urls", "http://127.0.0.1:0" })
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment.Remove("ConnectionStrings__Approvals");

        using var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) => Record(e.Data);
        process.ErrorDataReceived += (_, e) => Record(e.Data);
        process.Exited += (_, _) => address.TrySetException(new InvalidOperationException("The server exited:\n" + string.Join('\n', output)));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = await address.Task.WaitAsync(TimeSpan.FromMinutes(1)) };

            using var live = await http.GetAsync("/health/live");
            // The key that signs dev tokens is in appsettings.Development.json, beside the binary.
            using var token = await http.PostAsJsonAsync("/dev/token", new { userId = "dr-anywhere", roles = new[] { "prescriber" } });

            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal(HttpStatusCode.OK, token.StatusCode);
            // The connection string is in appsettings.json; its relative file resolves against the content root too,
            // and each service has its file beside it.
            foreach (var file in DefaultFiles)
            {
                Assert.True(File.Exists(Path.Combine(RepositoryPaths.ServerFolder, file)), file);
                Assert.False(File.Exists(Path.Combine(_workingDirectory.FullName, file)), file);
            }
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            foreach (var file in DefaultFiles)
            {
                foreach (var suffix in new[] { "", "-wal", "-shm" })
                    File.Delete(Path.Combine(RepositoryPaths.ServerFolder, file + suffix));
            }
        }

        void Record(string? line)
        {
            if (line is null)
                return;
            output.Enqueue(line);
            if (Listening().Match(line) is { Success: true } match)
                address.TrySetResult(new Uri(match.Groups["address"].Value));
        }
    }

    public void Dispose() => _workingDirectory.Delete(recursive: true);
}

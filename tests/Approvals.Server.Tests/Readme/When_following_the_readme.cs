using System.Globalization;
using Approvals.Persistence;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Readme;

/// <summary>A newcomer runs the built server and pastes the README's curl walk, on whatever day it is.</summary>
public sealed class When_following_the_readme(When_following_the_readme.ReadmeServer server)
    : IClassFixture<When_following_the_readme.ReadmeServer>
{
    /// <summary>
    /// The server started from a scratch directory, with a relative SQLite file name: the database must land in the
    /// server's own folder (its content root), not where it was started.
    /// </summary>
    public sealed class ReadmeServer : IAsyncLifetime
    {
        readonly string _fileName = $"readme-walk-{Guid.NewGuid():N}.db";

        /// <summary>The files the services write beside the configured name, one each (Database:FilePerService).</summary>
        IEnumerable<string> ServiceFiles => ApprovalsApiFactory.ServiceNames.Select(service => SqliteDataSource.ServiceFile(_fileName, service));

        public string WorkingDirectory { get; } = Directory.CreateTempSubdirectory("approvals-readme-").FullName;

        public IEnumerable<string> ExpectedDatabases => ServiceFiles.Select(file => Path.Combine(RepositoryPaths.ServerFolder, file));

        public IEnumerable<string> StrayDatabases => ServiceFiles.Select(file => Path.Combine(WorkingDirectory, file));

        public ServerProcess Process { get; private set; } = null!;

        // As a newcomer runs it: every role, started from a scratch directory with its own folder as content root.
        public async Task InitializeAsync() =>
            Process = await ServerProcess.StartReadyAsync(new ServerLaunch
            {
                Arguments = ["--contentRoot", RepositoryPaths.ServerFolder],
                Environment = new Dictionary<string, string> { ["ConnectionStrings__Approvals"] = $"Data Source={_fileName};Pooling=False" },
                WorkingDirectory = WorkingDirectory,
            });

        public async Task DisposeAsync()
        {
            await Process.DisposeAsync();
            foreach (var file in ExpectedDatabases)
            {
                foreach (var suffix in new[] { "", "-wal", "-shm" })
                    File.Delete(file + suffix);
            }
            Directory.Delete(WorkingDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task Should_run_the_curl_walk_verbatim_from_submission_to_suspension()
    {
        var script = ReadmeWalk.Script(await File.ReadAllTextAsync(RepositoryPaths.In("README.md")));

        var (exitCode, output) = await ReadmeWalk.RunAsync(script, server.Process.BaseAddress);

        Assert.True(exitCode == 0, $"The walk failed with {exitCode}:\n{output}\n--- server ---\n{server.Process.Output}");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Matches(@"request [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", output);
        Assert.Contains("\"approvedDailyDoseMg\":60", output, StringComparison.Ordinal);
        Assert.Contains($"\"date\":\"{today}\"", output, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"renewal\"", output, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"suspended\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_a_relative_database_in_the_server_s_folder()
    {
        Assert.All(server.ExpectedDatabases, file => Assert.True(File.Exists(file), $"No database at {file}."));
        Assert.All(server.StrayDatabases, file => Assert.False(File.Exists(file), $"The database landed in the working directory, {file}."));
    }

    [Fact]
    public void Should_need_nothing_a_fresh_debian_lacks()
    {
        var script = ReadmeWalk.Script(File.ReadAllText(RepositoryPaths.In("README.md")));

        Assert.DoesNotContain("uuidgen", script, StringComparison.Ordinal);
        Assert.DoesNotContain("python", script, StringComparison.Ordinal);
        Assert.DoesNotContain("jq ", script, StringComparison.Ordinal);
    }
}

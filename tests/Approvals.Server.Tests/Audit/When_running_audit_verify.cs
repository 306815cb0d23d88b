using System.Diagnostics;
using System.Text.Json.Nodes;
using Approvals.Persistence;
using Approvals.Server.Commands;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Audit;

/// <summary><c>Approvals.Server audit verify</c>: an operator's check, with an exit code a script can act on.</summary>
public sealed class When_running_audit_verify : IDisposable
{
    readonly AuditTrailDatabase _trail = new();

    static async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await AuditVerifyCommand.RunAsync(args, output, errors);
        return (exitCode, output.ToString(), errors.ToString());
    }

    string ConnectionArgument => $"--ConnectionStrings:Approvals={_trail.ServerConnectionString}";

    [Fact]
    public async Task Should_exit_0_and_print_the_result_for_an_intact_chain()
    {
        await _trail.SeedAsync(5);

        var (exitCode, output, _) = await RunAsync("audit", "verify", ConnectionArgument);

        Assert.Equal(AuditVerifyCommand.Intact, exitCode);
        var result = JsonNode.Parse(output)!;
        Assert.True(result["valid"]!.GetValue<bool>());
        Assert.Equal(5, result["entries"]!.GetValue<long>());
    }

    [Fact]
    public async Task Should_exit_1_and_name_the_first_broken_entry()
    {
        await _trail.SeedAsync(5);
        _trail.Tamper("""UPDATE "AuditEntries" SET "ActorId" = 'mallory' WHERE "Sequence" = 3""");

        var (exitCode, output, _) = await RunAsync("audit", "verify", ConnectionArgument);

        Assert.Equal(AuditVerifyCommand.Broken, exitCode);
        Assert.Equal(3, JsonNode.Parse(output)!["firstBrokenSequence"]!.GetValue<long>());
    }

    [Fact]
    public async Task Should_exit_2_when_there_is_no_trail_to_check()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"approvals-none-{Guid.NewGuid():N}.db");
        try
        {
            var (exitCode, _, errors) = await RunAsync("audit", "verify", $"--ConnectionStrings:Approvals=Data Source={missing};Pooling=False");

            Assert.Equal(AuditVerifyCommand.Failed, exitCode);
            Assert.Contains("could not be verified", errors, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(missing);
            File.Delete(SqliteDataSource.ServiceFile(missing, "audit"));
        }
    }

    [Fact]
    public async Task Should_explain_its_usage_for_an_unknown_subcommand()
    {
        var (exitCode, _, errors) = await RunAsync("audit", "repair");

        Assert.Equal(AuditVerifyCommand.Failed, exitCode);
        Assert.Contains("Usage", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_run_from_the_server_executable()
    {
        await _trail.SeedAsync(3);
        _trail.Tamper("""DELETE FROM "AuditEntries" WHERE "Sequence" = 2""");
        var server = RepositoryPaths.ServerAssembly;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { server, "audit", "verify", ConnectionArgument })
            start.ArgumentList.Add(argument);

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(process.ExitCode == AuditVerifyCommand.Broken, $"exit {process.ExitCode}: {output}{errors}");
        Assert.Equal(3, JsonNode.Parse(output)!["firstBrokenSequence"]!.GetValue<long>());
    }

    public void Dispose() => _trail.Dispose();
}

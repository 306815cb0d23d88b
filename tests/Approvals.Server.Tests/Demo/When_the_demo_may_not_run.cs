using System.Diagnostics;
using Approvals.Server.Demo;

namespace Approvals.Server.Tests.Demo;

/// <summary>The demo command refuses, with a clear message and a non-zero exit, where its data must never go.</summary>
public sealed class When_the_demo_may_not_run
{
    [Theory]
    [InlineData("Production", "demo", "only in the Development environment")]
    [InlineData("Staging", "demo", "only in the Development environment")]
    [InlineData("Development", "demo --roles intake", "--roles all")]
    public async Task Should_refuse_and_exit_non_zero(string environment, string arguments, string explanation)
    {
        var start = new ProcessStartInfo("dotnet", $"Approvals.Server.dll {arguments}")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        try
        {
            // A bound, not a measurement: a refusal comes before the server would start.
            using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await process.WaitForExitAsync(bound.Token);
        }
        finally
        {
            // A server that did not refuse would serve on: stop it rather than leave it behind.
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }

        Assert.Equal(DemoCommand.Refused, process.ExitCode);
        Assert.Contains(explanation, await errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Demo data", await output, StringComparison.Ordinal);
    }
}

using System.Globalization;
using Approvals.Benchmarks.EndToEnd;
using Approvals.Benchmarks.Infrastructure;
using Approvals.Benchmarks.Measurement;
using Approvals.Messaging.Bus;

namespace Approvals.Benchmarks.Phases;

/// <summary>
/// P5: the built server, all roles in one process over RabbitMQ, on a fresh SQLite file; workflows driven through the
/// public HTTP API from submission to "approved". Completed workflows per second, never started ones.
/// </summary>
public sealed class EndToEndPhase(BenchContext context, HttpClient http) : IPhase
{
    static readonly string[] ServerQueues = [ServiceAddresses.WorkflowQueue, ServiceAddresses.ReviewQueue, ServiceAddresses.IntakeQueue];

    public string Id => "P5 end to end";
    public string Title => "Approvals.Server --roles all over RabbitMQ: HTTP submit → review listed → approve → reads approved";
    public string Unit => "workflow/s";

    public async Task<PhaseResult> Run(int repetition, CancellationToken cancellationToken)
    {
        var result = new PhaseResult(Id, repetition);
        var options = context.Options;
        var databasePath = context.DataPath($"p5-r{repetition}.db");
        var queueNames = ServerQueues.SelectMany(BrokerAdmin.EndpointNames).ToArray();
        // The server's queue names are fixed: start from none of them, and leave none behind.
        await context.Broker.Delete(queueNames, cancellationToken);
        try
        {
            await using (var server = BenchServer.Start(options, Environment(databasePath)))
            {
                await server.WaitUntilReady(TimeSpan.FromSeconds(120), cancellationToken);
                await Drive(server, result, cancellationToken);
                await server.Stop();
                if (!result.Ok)
                    Console.Error.WriteLine($"  server output (last lines):\n{server.Output}");
            }

            await ServerDatabase.Check(ServerDatabase.ServiceFiles(databasePath, ServerDatabase.AllServices), options.WorkflowWarmup + options.Workflows, result, cancellationToken);
        }
        finally
        {
            await context.Broker.Delete(queueNames, CancellationToken.None);
        }

        return result;
    }

    async Task Drive(ServerProcess server, PhaseResult result, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var prescriber = await ApiClient.SignIn(http, server.BaseAddress, "bench-prescriber", "prescriber", cancellationToken);
        var reviewer = await ApiClient.SignIn(http, server.BaseAddress, "bench-reviewer", "reviewer", cancellationToken);
        var driver = new WorkflowDriver(prescriber, reviewer, options.PollInterval, context.Payloads.JustificationText);

        var warm = await driver.Run(options.WorkflowWarmup, options.WorkflowConcurrency, cancellationToken);
        result.Violations.AddRange(warm.Failures.Select(f => "warm-up: " + f));

        var cpu = CpuMeter.Start(context.Broker.BrokerPid, server.Pid);
        var measured = await driver.Run(options.Workflows, options.WorkflowConcurrency, cancellationToken);
        result.Cpu = cpu.Stop();

        result.Completed = measured.Completed;
        result.Seconds = measured.Seconds;
        result.P50Ms = measured.P50Ms;
        result.P99Ms = measured.P99Ms;
        foreach (var (stage, ms) in measured.StageP50Ms)
            result.Extra[stage] = ms;
        if (measured.Failed > 0)
            result.Violations.Add($"{measured.Failed} of {options.Workflows} workflows did not complete");
        result.Violations.AddRange(measured.Failures);

        var open = await reviewer.OpenReviews(cancellationToken);
        if (open.Count > 0)
            result.Violations.Add($"{open.Count} reviews still open");
    }

    Dictionary<string, string> Environment(string databasePath) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["ConnectionStrings__Approvals"] = $"Data Source={databasePath}",
        // The driver signs in once; the signing step-up is not what this phase measures.
        ["Signing__MaxAuthenticationAge"] = "1.00:00:00",
        // The driver writes as one user, far faster than a person: the limiter stays on, out of reach.
        ["RateLimiting__Writes__PermitLimit"] = "1000000",
        ["Messaging__Transport"] = "RabbitMq",
        ["Messaging__RabbitMq__Host"] = context.Options.Host,
        ["Messaging__RabbitMq__Port"] = context.Options.Port.ToString(CultureInfo.InvariantCulture),
        ["Messaging__RabbitMq__VirtualHost"] = context.Broker.VirtualHost,
    };
}

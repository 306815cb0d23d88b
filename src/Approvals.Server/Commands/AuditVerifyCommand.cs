using System.Text.Json;
using Approvals.Audit;
using Approvals.Audit.Verification;
using Approvals.Server.Http;

namespace Approvals.Server.Commands;

/// <summary>
/// <c>Approvals.Server audit verify [--ConnectionStrings:Approvals=...] [--Database:Provider=...]</c>: recomputes the
/// audit chain in the configured database, prints the result as JSON and exits 0 when the chain is intact, 1 when it
/// is broken, 2 when it could not be checked. Reads only; needs no broker and no token.
/// </summary>
public static class AuditVerifyCommand
{
    public const int Intact = 0;
    public const int Broken = 1;
    public const int Failed = 2;

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == "audit";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Length < 2 || args[1] != "verify")
        {
            await errors.WriteLineAsync("Usage: Approvals.Server audit verify [--ConnectionStrings:Approvals=<connection string>]");
            return Failed;
        }

        var builder = Host.CreateApplicationBuilder(args[2..]);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddAuditTrail(builder.Configuration);
        using var host = builder.Build();
        try
        {
            await using var scope = host.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<ChainVerifier>().VerifyAsync(CancellationToken.None);
            await output.WriteLineAsync(JsonSerializer.Serialize(result, Json));
            return result.Valid ? Intact : Broken;
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.Data.Common.DbException)
        {
            await errors.WriteLineAsync($"The audit trail could not be verified: {exception.Message}");
            return Failed;
        }
    }

    static JsonSerializerOptions Json { get; } = CreateJson();

    static JsonSerializerOptions CreateJson()
    {
        var json = new JsonSerializerOptions();
        HttpSetup.Configure(json);
        return json;
    }
}

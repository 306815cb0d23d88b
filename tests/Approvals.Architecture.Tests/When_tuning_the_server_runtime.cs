using System.Text.Json;
using Approvals.Testing;

namespace Approvals.Architecture.Tests;

/// <summary>
/// The server's runtime settings are measured choices (ADR 0013): the built runtimeconfig must carry them, whatever
/// the SDK's defaults for a web project become.
/// </summary>
public sealed class When_tuning_the_server_runtime
{
    static JsonElement ConfigProperties()
    {
        var path = Path.Combine(RepositoryPaths.ServerFolder, "Approvals.Server.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        return config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Fact]
    public void Should_leave_profile_guided_tiering_off_to_stay_under_its_memory_budget() =>
        Assert.False(ConfigProperties().GetProperty("System.Runtime.TieredPGO").GetBoolean());

    [Fact]
    public void Should_keep_the_server_garbage_collector_that_the_throughput_figures_were_measured_with() =>
        Assert.True(ConfigProperties().GetProperty("System.GC.Server").GetBoolean());
}

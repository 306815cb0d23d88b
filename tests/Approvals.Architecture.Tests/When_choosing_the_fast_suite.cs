using System.Text.Json;
using Approvals.Testing;

namespace Approvals.Architecture.Tests;

/// <summary>
/// `build/test.sh --fast` builds and runs only the projects its solution filter names: a new test project left out of it
/// would be skipped without a word. Only the integration tests, which need the broker for every test, stay out.
/// </summary>
public sealed class When_choosing_the_fast_suite
{
    static readonly string[] BrokerOnly = ["Approvals.Integration.Tests"];

    [Fact]
    public void Should_name_every_test_project_that_has_specs_without_a_broker()
    {
        var testProjects = Directory.GetFiles(RepositoryPaths.In("tests"), "*.Tests.csproj", SearchOption.AllDirectories)
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !BrokerOnly.Contains(name))
            .ToHashSet();

        using var filter = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.In("build", "fast.slnf")));
        var inFilter = filter.RootElement.GetProperty("solution").GetProperty("projects").EnumerateArray()
            .Select(project => Path.GetFileNameWithoutExtension(project.GetString()!.Replace('\\', '/')))
            .ToHashSet();

        Assert.Equal(testProjects.Order(), inFilter.Order());
    }
}

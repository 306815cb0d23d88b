using System.Net;
using Approvals.Persistence;
using Approvals.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;

namespace Approvals.Server.Tests.Hosting;

/// <summary><c>Database:FilePerService</c>, the default: the services of the embedded server each write a SQLite file of their own.</summary>
public sealed class When_each_service_has_its_own_file(When_each_service_has_its_own_file.FilePerService api)
    : IClassFixture<When_each_service_has_its_own_file.FilePerService>
{
    /// <summary>A server of its own: the spec reads which files exist.</summary>
    public sealed class FilePerService : ApprovalsApiFactory;

    [Fact]
    public async Task Should_take_a_case_to_approval_with_each_service_writing_only_its_own_file()
    {
        var open = await OpenCase.StartAsync(api);
        using var decided = await open.Reviewer.DecideAsync(open.ReviewId, Decisions.Approve());
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        await open.Prescriber.WaitForRequestStatusAsync(open.RequestId, "approved");

        Assert.False(File.Exists(api.DatabasePath), "the shared file was created");
        foreach (var service in ApprovalsApiFactory.ServiceNames)
        {
            var tables = await TablesIn(api.FileOf(service));
            Assert.Contains($"{service}_InboxState", tables);
            Assert.DoesNotContain(tables, table => ApprovalsApiFactory.ServiceNames.Any(other => other != service && table == $"{other}_InboxState"));
        }

        Assert.Equal(1L, await Scalar(api.FileOf("intake"), "SELECT COUNT(*) FROM Requests WHERE Status = 'Approved'"));
        Assert.Equal(1L, await Scalar(api.FileOf("workflow"), "SELECT COUNT(*) FROM ApprovalSagas WHERE CurrentState = 'Approved'"));
    }

    [Fact]
    public async Task Should_keep_every_service_in_the_configured_file_when_turned_off()
    {
        await using var oneFile = new OneFile();
        using var client = oneFile.CreateClient();
        using var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);

        var tables = await TablesIn(oneFile.DatabasePath);
        Assert.All(ApprovalsApiFactory.ServiceNames, service => Assert.Contains($"{service}_InboxState", tables));
        Assert.All(ApprovalsApiFactory.ServiceNames, service => Assert.False(File.Exists(oneFile.FileOf(service)), service));
    }

    sealed class OneFile : ApprovalsApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Database:FilePerService", "false");
        }
    }

    [Fact]
    public void Should_name_each_file_after_the_configured_one()
    {
        var builder = new SqliteConnectionStringBuilder(SqliteDataSource.ForService("Data Source=/var/lib/approvals/approvals.db;Pooling=False", "review"));

        Assert.Equal("/var/lib/approvals/approvals.review.db", builder.DataSource);
        Assert.False(builder.Pooling);
    }

    [Theory]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=shared;Mode=Memory;Cache=Shared")]
    public void Should_refuse_a_database_that_is_not_a_file(string connectionString)
    {
        Assert.Throws<InvalidOperationException>(() => SqliteDataSource.ForService(connectionString, "intake"));
    }

    static async Task<List<string>> TablesIn(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            tables.Add(reader.GetString(0));
        return tables;
    }

    static async Task<object?> Scalar(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}

using Approvals.Persistence;

namespace Approvals.Server.Tests.Hosting;

public sealed class When_resolving_the_sqlite_data_source
{
    static readonly string ContentRoot = Path.Combine(Path.GetTempPath(), "approvals-content-root");

    [Theory]
    [InlineData("Data Source=approvals.db", "approvals.db")]
    [InlineData("Data Source=data/approvals.db;Pooling=False", "data/approvals.db")]
    [InlineData("Data Source=../approvals.db", "../approvals.db")]
    public void Should_put_a_relative_file_under_the_content_root(string connectionString, string relative)
    {
        var resolved = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(SqliteDataSource.ResolveAgainst(connectionString, ContentRoot));

        Assert.Equal(Path.GetFullPath(Path.Combine(ContentRoot, relative)), resolved.DataSource);
    }

    [Fact]
    public void Should_keep_the_other_settings()
    {
        var resolved = SqliteDataSource.ResolveAgainst("Data Source=approvals.db;Pooling=False;Cache=Shared", ContentRoot);

        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(resolved);
        Assert.False(builder.Pooling);
        Assert.Equal(Microsoft.Data.Sqlite.SqliteCacheMode.Shared, builder.Cache);
    }

    [Theory]
    [InlineData("Data Source=/var/lib/approvals/approvals.db")]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=shared;Mode=Memory;Cache=Shared")]
    [InlineData("Data Source=file:approvals.db?cache=shared")]
    public void Should_leave_absolute_paths_and_memory_databases_alone(string connectionString)
    {
        Assert.Equal(connectionString, SqliteDataSource.ResolveAgainst(connectionString, ContentRoot));
    }
}

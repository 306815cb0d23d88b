using Approvals.Messaging.Persistence;
using Approvals.Review.Api;
using Approvals.Review.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Approvals.Server.Tests.Migrations;

/// <summary>
/// A review stored before the review service held the case content migrates and reads back without it: no case, no
/// prior treatments, nobody who asked for information, and its view still answers.
/// </summary>
public sealed class When_a_review_predates_the_case_content : IDisposable
{
    const string CaseContentMigration = "_ReviewCaseContent";

    readonly string _path = Path.Combine(Path.GetTempPath(), $"approvals-review-migration-{Guid.NewGuid():N}.db");

    string ConnectionString => $"Data Source={_path};Pooling=False";

    [Fact]
    public void Should_read_the_older_review_without_the_case()
    {
        var id = Guid.NewGuid();
        using (var before = Review())
        {
            var migrations = before.Database.GetMigrations().ToList();
            var added = migrations.FindIndex(m => m.EndsWith(CaseContentMigration, StringComparison.Ordinal));
            Assert.True(added > 0, "the case content migration and one before it");
            before.GetService<IMigrator>().Migrate(migrations[added - 1]);
            InsertAsBefore(id);
        }

        using var db = Review();
        db.Database.Migrate();
        var review = db.Reviews.Include(r => r.Opinions).Single(r => r.Id == id);

        Assert.Null(review.Case);
        Assert.Equal((0, 0), (review.PriorTreatments.Count, review.InformationRequestedBy.Count));
        Assert.Equal((null, null), (review.RenewalNotes, review.LatestFollowUp));
        var view = ReviewView.From(review);
        Assert.Equal((id, 60m, null), (view.Id, view.DailyDoseMg, view.Case));
        Assert.Null(ReviewSummary.From(review).Patient);
    }

    ReviewDbContext Review() =>
        (ReviewDbContext)ServiceContexts.Create("review", DatabaseProvider.Sqlite, ConnectionString);

    /// <summary>The row as the review service wrote it before: Guids as upper-case text, instants as UTC ticks.</summary>
    void InsertAsBefore(Guid id)
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO Reviews (Id, RequestId, Kind, Status, PrescriberId, ProtocolId, ProtocolVersion, DailyDoseMg, Urgency,
                OpenedAt, DueAt, RequiredReview, RequiredSpecialists, Overdue, Questions, Version)
            VALUES ($id, $requestId, 'Initial', 'Open', 'prescriber-1', 'baclofen-aud', 1, 60, 'Standard',
                $openedAt, $dueAt, 'Single', 0, 0, '[]', 1)
            """;
        var openedAt = DateTimeOffset.UtcNow;
        command.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
        command.Parameters.AddWithValue("$requestId", Guid.NewGuid().ToString().ToUpperInvariant());
        command.Parameters.AddWithValue("$openedAt", openedAt.UtcTicks);
        command.Parameters.AddWithValue("$dueAt", openedAt.AddDays(7).UtcTicks);
        Assert.Equal(1, command.ExecuteNonQuery());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_path + suffix);
    }
}

using Approvals.Contracts;
using Approvals.Domain.Protocols;
using Approvals.Intake.Persistence;
using Approvals.Messaging.Outbox;

namespace Approvals.Intake.Protocols;

/// <summary>
/// Adds a version and its <see cref="ProtocolVersionPublished"/> announcement to one unit of work: the caller's save
/// commits both or neither, so the workflow hears of every stored version exactly once.
/// </summary>
public sealed class ProtocolPublisher(IntakeDbContext db, BusOutbox<IntakeDbContext> outbox)
{
    public void Stage(ProtocolVersion version, ProtocolDocument document, string? publishedBy, string? sourceFile, DateTimeOffset now,
        string? publisherName = null)
    {
        db.ProtocolVersions.Add(new ProtocolVersionRecord
        {
            ProtocolId = version.ProtocolId,
            Version = version.Version,
            EffectiveFrom = version.EffectiveFrom,
            Title = version.Title,
            MaxDailyDoseMg = version.MaxDailyDoseMg,
            Document = ProtocolJson.Serialize(document),
            PublishedAt = now,
            PublishedBy = publishedBy,
            SourceFile = sourceFile,
        });
        outbox.Publish(new ProtocolVersionPublished(version.ToContract(), publishedBy, now, publisherName));
    }
}

using Approvals.Audit.Chain;
using Approvals.Contracts;

namespace Approvals.Audit.Recording.Translations;

/// <summary>A protocol version published by an admin, or loaded from the shipped files by the system, with its whole rules.</summary>
public sealed class ProtocolPublicationTranslation : IAuditTranslation<ProtocolVersionPublished>
{
    public ValueTask<AuditDraft> TranslateAsync(ProtocolVersionPublished m, IAuditTrailReader trail, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new AuditDraft(
            m.PublishedAt, m.PublishedBy ?? ActorRoles.System, m.PublishedBy is null ? ActorRoles.System : m.PublisherName,
            m.PublishedBy is null ? ActorRoles.System : ActorRoles.Admin, AuditActions.ProtocolPublished,
            AuditEntities.Protocol, m.Protocol.ProtocolId, m.Protocol.Version, RequestId: null,
            OldValues: null,
            AuditJson.Write(m.Protocol),
            Reason: null));
}

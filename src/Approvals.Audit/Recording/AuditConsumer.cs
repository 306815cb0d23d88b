using Approvals.Audit.Chain;
using Approvals.Audit.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Audit.Recording;

/// <summary>
/// Writes one entry per event. It runs behind the audit endpoint's inbox/outbox, so the entry commits with the inbox
/// row; an event redelivered after the inbox forgot it finds its entry by message id and adds nothing.
/// </summary>
public sealed class AuditConsumer<T>(IAuditTranslation<T> translation, IAuditTrailReader trail, AuditDbContext db, AuditAppender appender)
    : IConsumer<T>
    where T : class
{
    public async Task Consume(ConsumeContext<T> context)
    {
        var messageId = context.MessageId;
        if (messageId is { } id && await db.Entries.AnyAsync(e => e.MessageId == id, context.CancellationToken))
            return;

        var draft = await translation.TranslateAsync(context.Message, trail, context.CancellationToken);
        await appender.AppendAsync(draft with { MessageId = messageId, CorrelationId = context.ConversationId }, context.CancellationToken);
    }
}

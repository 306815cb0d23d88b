using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Messaging.Outbox;

/// <summary>
/// What HTTP handlers publish through: messages join the handler's unit of work on <typeparamref name="TDbContext"/>
/// and leave for the broker only after <c>SaveChanges</c> committed them.
/// </summary>
public sealed class BusOutbox<TDbContext>(TDbContext db, TimeProvider clock, BusOutboxSignal<TDbContext> signal)
    where TDbContext : DbContext
{
    bool _watching;

    public void Publish<T>(T message) where T : class => Add(message, destination: null);

    public void Send<T>(Uri destination, T message) where T : class => Add(message, destination);

    void Add<T>(T message, Uri? destination) where T : class
    {
        if (!_watching)
        {
            // Wake the delivery loop as soon as the handler's commit made the messages visible.
            db.SavedChanges += (_, _) => signal.Notify();
            _watching = true;
        }

        db.Set<BusOutboxMessage>().Add(new BusOutboxMessage
        {
            MessageId = NewId.NextGuid(),
            MessageType = BusOutboxSerialization.TypeName(typeof(T)),
            Body = JsonSerializer.Serialize(message, BusOutboxSerialization.Options),
            DestinationAddress = destination?.ToString(),
            Created = clock.GetUtcNow(),
            TraceParent = Activity.Current?.Id,
        });
    }
}

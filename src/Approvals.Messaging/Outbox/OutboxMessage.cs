using MassTransit;
using MassTransit.Middleware;
using MassTransit.Context;
using MassTransit.Metadata;
using MassTransit.Serialization;
using MassTransit.Transports;

namespace Approvals.Messaging.Outbox;

/// <summary>
/// A message a consumer sent or published, stored serialized (envelope, headers, addresses) with the consumer's state
/// change and re-sent later with its original MessageId, so a downstream inbox recognises a resend.
/// </summary>
public sealed class OutboxMessage : OutboxMessageContext
{
    Headers? _headers;
    IReadOnlyDictionary<string, object>? _properties;

    public long SequenceNumber { get; set; }
    public Guid InboxMessageId { get; set; }
    public Guid InboxConsumerId { get; set; }

    public Guid MessageId { get; set; }
    public string ContentType { get; set; } = null!;
    public string MessageType { get; set; } = null!;
    public string Body { get; set; } = null!;
    public string? Headers { get; set; }
    public string? Properties { get; set; }

    public Guid? ConversationId { get; set; }
    public Guid? CorrelationId { get; set; }
    public Guid? InitiatorId { get; set; }
    public Guid? RequestId { get; set; }
    public Uri? SourceAddress { get; set; }
    public Uri? DestinationAddress { get; set; }
    public Uri? ResponseAddress { get; set; }
    public Uri? FaultAddress { get; set; }

    public DateTime SentTime { get; set; }

    /// <summary>Set when the message reached the transport and is only kept for replay (non-durable transports).</summary>
    public DateTimeOffset? DeliveredAt { get; set; }
    public DateTime? EnqueueTime { get; set; }
    public DateTime? ExpirationTime { get; set; }

    Guid? MessageContext.MessageId => MessageId;
    DateTime? MessageContext.SentTime => SentTime;
    Headers MessageContext.Headers => _headers ?? EmptyHeaders.Instance;
    HostInfo MessageContext.Host => HostMetadataCache.Host;
    IReadOnlyDictionary<string, object> OutboxMessageContext.Properties => _properties ?? EmptyProperties;

    static readonly IReadOnlyDictionary<string, object> EmptyProperties = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Restores headers and transport properties before the message is sent again.</summary>
    public void Deserialize(IObjectDeserializer deserializer)
    {
        var headers = string.IsNullOrWhiteSpace(Headers) ? null : deserializer.DeserializeObject<Dictionary<string, object?>>(Headers);
        _headers = headers is { Count: > 0 } ? new DictionarySendHeaders(headers) : EmptyHeaders.Instance;
        _properties = string.IsNullOrWhiteSpace(Properties)
            ? EmptyProperties
            : deserializer.DeserializeObject<Dictionary<string, object>>(Properties) ?? EmptyProperties;
    }

    public static OutboxMessage From<T>(SendContext<T> context, IObjectDeserializer serializer, Guid inboxMessageId, Guid consumerId)
        where T : class
    {
        var now = DateTime.UtcNow;
        var message = new OutboxMessage
        {
            InboxMessageId = inboxMessageId,
            InboxConsumerId = consumerId,
            MessageId = context.MessageId ?? throw new MessageException(typeof(T), "An outbox message needs a MessageId."),
            ConversationId = context.ConversationId,
            CorrelationId = context.CorrelationId,
            InitiatorId = context.InitiatorId,
            RequestId = context.RequestId,
            SourceAddress = context.SourceAddress,
            DestinationAddress = context.DestinationAddress,
            ResponseAddress = context.ResponseAddress,
            FaultAddress = context.FaultAddress,
            SentTime = context.SentTime ?? now,
            ContentType = context.ContentType?.ToString() ?? context.Serialization.DefaultContentType.ToString(),
            MessageType = string.Join(";", context.SupportedMessageTypes),
            Body = context.Serializer.GetMessageBody(context).GetString(),
            Headers = serializer.SerializeDictionary(context.Headers.GetAll()),
            ExpirationTime = context.TimeToLive is { } ttl ? now + ttl : null,
            EnqueueTime = context.Delay is { } delay ? now + delay : null,
        };
        if (context is TransportSendContext<T> transport)
        {
            var properties = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
            transport.WritePropertiesTo(properties);
            message.Properties = serializer.SerializeDictionary(properties);
        }

        return message;
    }
}

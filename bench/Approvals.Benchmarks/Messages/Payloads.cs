using System.Text;
using System.Text.Json;
using Approvals.Contracts;
using MassTransit;

namespace Approvals.Benchmarks.Messages;

/// <summary>
/// The one message every phase carries: an <see cref="ApprovalRequested"/> whose JSON is about the requested size
/// (the justification is padded), so raw RabbitMQ, MassTransit, the saga and the HTTP API all move the same bytes.
/// </summary>
public sealed class Payloads(int targetBytes)
{
    public const string Justification = "Relapse after acamprosate and naltrexone; baclofen titration under supervision. ";

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    readonly string _justification = PadJustification(targetBytes);

    public string JustificationText => _justification;

    public ApprovalRequested Next() => Create(NewId.NextGuid(), _justification);

    public IReadOnlyList<ApprovalRequested> Batch(int count) => [.. Enumerable.Range(0, count).Select(_ => Next())];

    public static byte[] Serialize(ApprovalRequested message) => JsonSerializer.SerializeToUtf8Bytes(message, Json);

    static ApprovalRequested Create(Guid requestId, string justification) => new(
        requestId,
        PrescriberId: "bench-prescriber",
        ProtocolId: "baclofen-aud",
        ProtocolVersion: 3,
        Patient: new PatientDescriptor("PT-0042", 1971, Sex.Female),
        DailyDoseMg: 60,
        Urgency: Urgency.Standard,
        Indication: "alcohol-dependence",
        Justification: justification,
        PriorTreatments: ["acamprosate", "naltrexone"],
        SubmittedAt: DateTimeOffset.UtcNow);

    static string PadJustification(int targetBytes)
    {
        var bare = Serialize(Create(Guid.Empty, "")).Length;
        var wanted = Math.Max(Justification.Length, targetBytes - bare);
        var text = new StringBuilder(wanted);
        while (text.Length < wanted)
            text.Append(Justification);
        return text.ToString(0, wanted);
    }
}

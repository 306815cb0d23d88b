using System.Globalization;
using Approvals.Audit.Chain;

namespace Approvals.Benchmarks.AuditTrail;

/// <summary>
/// Entries shaped like the ones the trail's translations write, in the proportions a request's life produces them:
/// a submission (its values, about 450 bytes of JSON), status transitions (the previous status as old values, the new
/// one with its terms), the reviewer's decision with its signature and rationale, and the short grant that follows.
/// Deterministic for a given number, so a run can be repeated.
/// </summary>
public static class TrailDraftMix
{
    static readonly DateTimeOffset Start = new(2026, 1, 5, 7, 0, 0, TimeSpan.Zero);

    static readonly string[] Prescribers = ["Dr Amélie Durand", "Dr Jonas Weiß", "Dr Zoë Ó Briain", "Dr Kwame Mensah", "Dr Li Wei"];
    static readonly string[] Reviewers = ["Dr Søren Kjær", "Dr Okafor", "Dr Nguyễn Thị Lan"];

    public static AuditDraft For(long number)
    {
        var request = Id(number / 4, 1);
        var at = Start.AddSeconds(number * 7).AddTicks(number % 10_000_019);
        var prescriber = (int)(number / 4 % Prescribers.Length);
        var reviewer = (int)(number / 4 % Reviewers.Length);
        var draft = (number % 4) switch
        {
            0 => new AuditDraft(at, $"prescriber-{prescriber}", Prescribers[prescriber], "prescriber", "submission.recorded", "request",
                request.ToString("D"), EntityVersion: null, request, OldValues: null, Submission(number), Reason: null),
            1 => new AuditDraft(at, "system", null, "system", "request.under-review", "request", request.ToString("D"), 1, request,
                """{"status":"submitted","terms":null}""", """{"status":"under-review","decision":null,"questions":null,"terms":null,"signature":null}""",
                Reason: null),
            2 => new AuditDraft(at, $"reviewer-{reviewer}", Reviewers[reviewer], "reviewer", "decision.recorded", "review",
                Id(number / 4, 2).ToString("D"), EntityVersion: null, request, OldValues: null, Decision(number, reviewer), Rationale(number)),
            _ => new AuditDraft(at, $"reviewer-{reviewer}", Reviewers[reviewer], "reviewer", "approval.granted", "request",
                request.ToString("D"), EntityVersion: null, request, OldValues: null, """{"approvedDailyDoseMg":60,"modified":true}""",
                Reason: null),
        };
        return draft with { CorrelationId = Id(number / 4, 3), MessageId = Id(number, 4) };
    }

    static string Submission(long number) => string.Create(CultureInfo.InvariantCulture, $$"""
        {"protocolId":"opioid-chronic-pain","protocolVersion":3,"patient":{"pseudonym":"pt-{{number / 4:x8}}","birthYear":{{1940 + number % 60}},"sex":"female","weightKg":{{50 + number % 50}}},"dailyDoseMg":{{60 + number % 5 * 15}},"urgency":"routine","indication":"Chronic low back pain after two surgeries","justification":"Pain scores stay above 7/10 on the current regimen; function declined over six months; the patient agreed to the follow-up plan.","priorTreatments":["paracetamol","ibuprofen","physiotherapy"]}
        """);

    static string Decision(long number, int reviewer) => string.Create(CultureInfo.InvariantCulture, $$"""
        {"outcome":"approved","approvedDailyDoseMg":60,"reasonCode":null,"rationale":"{{Rationale(number)}}","validUntil":"2026-07-01T00:00:00+00:00","protocolVersion":3,"signature":{"signerId":"reviewer-{{reviewer}}","printedName":"{{Reviewers[reviewer]}}","signedAt":"2026-03-02T09:14:00+00:00","meaning":"approval","signedRecordHash":"{{number * 2_654_435_761 % 1_000_000_007:x16}}a4c1f09e3b7d52e8a4c1f09e3b7d52e8a4c1f09e3b7d52e8"},"expertOpinionWaivedBecause":null}
        """);

    static string Rationale(long number) => $"Dose lowered to 60 mg: renal function (eGFR {40 + number % 30}) — review in three months.";

    /// <summary>A distinct, repeatable id per number and kind.</summary>
    static Guid Id(long number, int kind)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, number);
        BitConverter.TryWriteBytes(bytes[8..], (ulong)kind * 0x9E3779B97F4A7C15UL);
        return new Guid(bytes);
    }
}

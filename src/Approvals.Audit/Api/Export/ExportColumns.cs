using Approvals.Audit.Chain;
using Approvals.Audit.Persistence;
using Approvals.Contracts;
using Approvals.Http;

namespace Approvals.Audit.Api.Export;

/// <summary>
/// The columns of an exported entry, in order: every hashed field as the very string it was hashed as (times in
/// <c>Z</c> form, ids lower-case), then the entry's hash, then the signature it records, if any, lifted out of its new
/// values. An export alone is enough to recompute and link the chain outside this service.
/// </summary>
public static class ExportColumns
{
    public const string Hash = "hash";

    public static IReadOnlyList<string> SignatureNames { get; } =
        ["signatureSignerId", "signaturePrintedName", "signatureSignedAt", "signatureMeaning", "signedRecordHash"];

    public static IReadOnlyList<string> Names { get; } = [.. AuditHash.FieldNames, Hash, .. SignatureNames];

    /// <summary>Each column's text, null where the entry has no value.</summary>
    public static string?[] Values(AuditEntry e) => [.. AuditHash.Fields(e), e.Hash, .. SignatureValues(EntrySignature.In(e.NewValues))];

    static string?[] SignatureValues(ElectronicSignature? s) =>
        s is null
            ? new string?[SignatureNames.Count]
            : [s.SignerId, s.PrintedName, AuditHash.Time(s.SignedAt), KebabCaseEnum.Name(s.Meaning), s.SignedRecordHash];
}

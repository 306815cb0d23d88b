using Approvals.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Approvals.Persistence;

/// <summary>An electronic signature as a service stores it beside the record it signs (columns <c>Signature_*</c>).</summary>
public sealed class StoredSignature
{
    public string SignerId { get; set; } = null!;
    public string PrintedName { get; set; } = null!;
    public DateTimeOffset SignedAt { get; set; }
    public SignatureMeaning Meaning { get; set; }
    public string SignedRecordHash { get; set; } = null!;

    public static StoredSignature? From(ElectronicSignature? signature) =>
        signature is null
            ? null
            : new StoredSignature
            {
                SignerId = signature.SignerId, PrintedName = signature.PrintedName, SignedAt = signature.SignedAt,
                Meaning = signature.Meaning, SignedRecordHash = signature.SignedRecordHash,
            };

    public ElectronicSignature ToContract() => new(SignerId, PrintedName, SignedAt, Meaning, SignedRecordHash);
}

public static class StoredSignatureMapping
{
    /// <summary>Maps an optional signature into its owner's table.</summary>
    public static void OwnsSignature<TOwner>(this EntityTypeBuilder<TOwner> builder,
        System.Linq.Expressions.Expression<Func<TOwner, StoredSignature?>> signature)
        where TOwner : class =>
        builder.OwnsOne(signature, s =>
        {
            s.Property(x => x.SignerId).HasMaxLength(128);
            s.Property(x => x.PrintedName).HasMaxLength(200);
            s.Property(x => x.Meaning).HasConversion<string>().HasMaxLength(32);
            s.Property(x => x.SignedRecordHash).HasMaxLength(64).IsFixedLength();
        });
}

using System.Security.Cryptography;
using System.Text.Json;
using Approvals.Contracts;

namespace Approvals.Http;

/// <summary>Signs a record version for the caller; the endpoint must require a recent authentication first.</summary>
public static class Signing
{
    static readonly JsonSerializerOptions Canonical = new(JsonSerializerDefaults.Web);

    public static ElectronicSignature Sign(CurrentUser signer, SignatureMeaning meaning, DateTimeOffset at, object signedVersion) =>
        new(signer.Id, signer.Name, at, meaning, HashOf(signedVersion));

    /// <summary>SHA-256 over the record version's JSON (camelCase, declaration order), hex.</summary>
    public static string HashOf(object signedVersion) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(signedVersion, signedVersion.GetType(), Canonical)));
}

using System.Security.Cryptography;
using System.Text;
using Approvals.Audit.Chain;
using Approvals.Audit.Persistence;

namespace Approvals.Server.Tests.Audit;

/// <summary>
/// Exports and every stored chain depend on the hash values, so they are pinned: these were computed by the first
/// implementation of the canonical form (and again, from the README's words alone, outside .NET). No later change to
/// how the form is computed may change them.
/// </summary>
public sealed class When_hashing_an_entry
{
    public static AuditEntry Full() => new()
    {
        Sequence = 4_294_967_301,
        RecordedAt = new DateTimeOffset(2026, 12, 7, 18, 4, 5, TimeSpan.Zero).AddTicks(1_234_567),
        // Not UTC on purpose: the canonical form writes it as UTC.
        OccurredAt = new DateTimeOffset(2026, 12, 7, 19, 3, 59, TimeSpan.FromHours(1)).AddTicks(42),
        ActorId = "reviewer-7f3a",
        ActorName = "Dr Müller-Œdipe, \"Zoë\"",
        ActorRole = "reviewer",
        Action = "decision.recorded",
        EntityType = "review",
        EntityId = "0b5f3c1e-9d2a-4e7b-8c61-3f0a2d9e4b17",
        EntityVersion = -12,
        RequestId = new Guid("6F1D2C3B-4A59-4E68-9D7C-8B0A1F2E3D4C"),
        OldValues = """{"status":"under-review","dose":75}""",
        NewValues = """{"outcome":"approved","approvedDailyDoseMg":60,"rationale":"Dosis: 75 mg → 60 mg,\r\nweiter 🙂"}""",
        Reason = "",
        CorrelationId = new Guid("11111111-2222-3333-4444-555555555555"),
        MessageId = new Guid("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"),
        PreviousHash = "3b7e0f5d9c2a41e68f0b7d3c5a9e1f2467c8b0d4e6a2f9135c7e8d0b1a4f6c29",
    };

    public static AuditEntry Sparse() => new()
    {
        Sequence = 1,
        RecordedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        OccurredAt = new DateTimeOffset(1999, 12, 31, 23, 59, 59, TimeSpan.Zero),
        ActorId = "system",
        Action = "request.expired",
        EntityType = "request",
        EntityId = "r",
    };

    [Fact]
    public void Should_keep_the_hash_of_an_entry_with_every_field_set() =>
        Assert.Equal("41a5f70923a813b9590e7f498b74ec08cabaff898752001cf6d997fe0a872606", AuditHash.Compute(Full()));

    [Fact]
    public void Should_keep_the_hash_of_an_entry_with_every_optional_field_null() =>
        Assert.Equal("478bd7e7819d1268e3558254d63f1d3d1073392808dc9f9c1c7e48bccf299eed", AuditHash.Compute(Sparse()));

    /// <summary>
    /// The canonical form as exports define it: the strings <see cref="AuditHash.Fields"/> gives, each written as its
    /// UTF-8 byte count, a colon, the text and a comma. The fast form writes bytes directly and must agree with it.
    /// </summary>
    static string FromExportedFields(AuditEntry entry)
    {
        var canonical = new StringBuilder();
        foreach (var field in AuditHash.Fields(entry).Prepend("approvals-audit/v1"))
            canonical.Append(field is null ? "-," : $"{Encoding.UTF8.GetByteCount(field)}:{field},");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Should_agree_with_the_exported_fields_on_random_entries(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 2_000; i++)
        {
            var entry = RandomEntry(random);
            Assert.Equal(FromExportedFields(entry), AuditHash.Compute(entry));
        }
    }

    static AuditEntry RandomEntry(Random random)
    {
        string? Maybe(Func<string> text) => random.Next(4) == 0 ? null : text();
        Guid? MaybeId() => random.Next(3) == 0 ? null : Guid.NewGuid();
        DateTimeOffset Time() => new DateTimeOffset(random.NextInt64(DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks - TimeSpan.TicksPerDay), TimeSpan.Zero)
            .ToOffset(TimeSpan.FromMinutes(random.Next(-12 * 60, 12 * 60 + 1)));
        return new AuditEntry
        {
            Sequence = random.Next(2) == 0 ? random.Next(1, 1000) : random.NextInt64(1, long.MaxValue),
            RecordedAt = Time(),
            OccurredAt = Time(),
            ActorId = Text(random, 1 + random.Next(40)),
            ActorName = Maybe(() => Text(random, random.Next(60))),
            ActorRole = Maybe(() => Text(random, random.Next(12))),
            Action = Text(random, 1 + random.Next(30)),
            EntityType = Text(random, 1 + random.Next(10)),
            EntityId = Text(random, 1 + random.Next(40)),
            EntityVersion = random.Next(3) == 0 ? null : random.Next(int.MinValue, int.MaxValue),
            RequestId = MaybeId(),
            OldValues = Maybe(() => Text(random, random.Next(600))),
            NewValues = Maybe(() => Text(random, random.Next(3_000))),
            Reason = Maybe(() => Text(random, random.Next(200))),
            CorrelationId = MaybeId(),
            MessageId = MaybeId(),
            PreviousHash = Maybe(() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))),
        };
    }

    /// <summary>Mostly ASCII, with accents, other scripts, emoji (surrogate pairs), line breaks, quotes and NUL.</summary>
    static string Text(Random random, int length)
    {
        string[] pieces = ["a", "Z", "7", " ", "\"", ",", ":", "-", "é", "ß", "Œ", "ễ", "中", "🙂", "\r\n", "\0", "{\"k\":1}"];
        var text = new StringBuilder(length);
        while (text.Length < length)
            text.Append(random.Next(3) == 0 ? pieces[random.Next(pieces.Length)] : ((char)('a' + random.Next(26))).ToString());
        return text.ToString();
    }
}

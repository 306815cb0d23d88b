using Approvals.Contracts;
using Approvals.Domain.Protocols;

namespace Approvals.Server.Seeding;

/// <summary>
/// The seeded requests, oldest first, from one <see cref="Random"/> seed: the same options give the same ids, people,
/// statuses and doses; times are counted back from when the command runs.
/// Submissions arrive at a steady rate (about 33,000 a day, over at most the last 30 days), so no clock the workflow
/// would have set has run out: no review reminder, overdue, lapse, follow-up, renewal reminder or expiry is due.
/// The newest few per thousand are still open (a fifth of them awaiting the prescriber's answer); the rest were decided
/// or withdrawn within a few days: mostly approved, some at a lower dose, some denied, a few withdrawn.
/// </summary>
internal sealed class SeedPlan
{
    public const decimal ModifiedDoseStepMg = 10;
    static readonly TimeSpan Spacing = TimeSpan.FromSeconds(2.6);
    static readonly TimeSpan LongestSpan = TimeSpan.FromDays(30);
    const int ReviewerCount = 8;
    const int RequestsPerPrescriber = 200;

    // Of every 100 decided requests, in an order shuffled once per seed: 78 approved, 8 at a lower dose, 9 denied, 5 withdrawn.
    static readonly (SeededStage Stage, int Count)[] DecidedMix =
        [(SeededStage.Approved, 78), (SeededStage.ApprovedModified, 8), (SeededStage.Denied, 9), (SeededStage.Withdrawn, 5)];

    static readonly string[] DenialReasons = ["INSUFFICIENT_EVIDENCE", "ALTERNATIVE_AVAILABLE", "DOSE_NOT_JUSTIFIED", "NOT_ELIGIBLE"];
    static readonly string[] Treatments = ["acamprosate", "naltrexone", "nalmefene", "disulfiram"];
    static readonly string[] Justifications =
    [
        "Relapse after acamprosate and naltrexone.",
        "Persistent craving despite two first-line treatments; the patient asks for baclofen.",
        "Heavy drinking days unchanged after six months of nalmefene.",
    ];

    readonly SeedOptions _options;
    readonly IReadOnlyList<ProtocolVersion> _protocols;
    readonly DateTimeOffset _now;

    public SeedPlan(SeedOptions options, IReadOnlyList<ProtocolVersion> protocols, DateTimeOffset now)
    {
        _options = options;
        _protocols = protocols;
        _now = now;
        var prescribers = Math.Max(1, options.Requests / RequestsPerPrescriber);
        Prescribers = [.. Enumerable.Range(1, prescribers).Select(n => new SeedPerson($"seed-prescriber-{n:D5}", $"Seed Prescriber {n}"))];
        Reviewers = [.. Enumerable.Range(1, ReviewerCount).Select(n => new SeedPerson($"seed-reviewer-{n}", $"Seed Reviewer {n}"))];
        OpenCount = Math.Min(options.Requests, Math.Max(5, options.Requests * 3 / 1000));
    }

    public IReadOnlyList<SeedPerson> Prescribers { get; }
    public IReadOnlyList<SeedPerson> Reviewers { get; }

    /// <summary>The newest requests, whose initial review is still open or awaits the prescriber.</summary>
    public int OpenCount { get; }

    public TimeSpan Span => TimeSpan.FromTicks(Math.Min(LongestSpan.Ticks, Spacing.Ticks * _options.Requests));

    public IEnumerable<SeededCase> Cases()
    {
        var random = new Random(_options.Seed);
        var decided = ShuffledMix(random);
        var count = _options.Requests;
        for (var i = 0; i < count; i++)
        {
            var submittedAt = _now - TimeSpan.FromTicks(Span.Ticks / count * (count - i));
            var protocol = InForce(submittedAt, random);
            var single = protocol.DoseTiers[0];
            // Doses in the first tier, which one reviewer decides, in 5 mg steps, high enough to allow the lower approved dose.
            var dose = Math.Max(ModifiedDoseStepMg + 5, Math.Floor(single.UpToMg * (decimal)(0.3 + 0.7 * random.NextDouble()) / 5) * 5);
            var urgency = random.Next(5) == 0 ? Urgency.Expedited : Urgency.Standard;
            var openedAt = submittedAt + TimeSpan.FromMilliseconds(200 + random.Next(800));
            var prescriber = Prescribers[random.Next(Prescribers.Count)];
            var reviewer = Reviewers[random.Next(Reviewers.Count)];
            var treatments = Treatments.Where(_ => random.Next(2) == 0).ToArray();
            var open = i >= count - OpenCount;
            var stage = open
                ? (count - i) % 5 == 0 ? SeededStage.AwaitingInformation : SeededStage.UnderReview
                : decided[i % decided.Length];
            var actedAt = stage == SeededStage.UnderReview ? (DateTimeOffset?)null : ActedAt(openedAt, urgency, protocol, random);
            var claimed = stage == SeededStage.UnderReview && random.Next(10) < 3;
            yield return new SeededCase(i, OrderedGuid(i, random), OrderedGuid(i, random), prescriber, protocol, $"SEED-{i:D7}", 1940 + random.Next(60),
                random.Next(2) == 0 ? Sex.Female : Sex.Male, dose, urgency, Justifications[random.Next(Justifications.Length)], treatments,
                submittedAt, openedAt, stage, actedAt,
                stage is SeededStage.Withdrawn || (stage is SeededStage.UnderReview && !claimed) ? null : reviewer,
                stage == SeededStage.Denied ? DenialReasons[random.Next(DenialReasons.Length)] : null);
        }
    }

    /// <summary>Within 70% of the review clock (before its reminder at 80%), and never after now.</summary>
    DateTimeOffset ActedAt(DateTimeOffset openedAt, Urgency urgency, ProtocolVersion protocol, Random random)
    {
        var clock = protocol.ReviewClocks.DueAt(urgency, openedAt) - openedAt;
        var latest = TimeSpan.FromTicks(Math.Min((long)(clock.Ticks * 0.7), (_now - openedAt).Ticks - 1));
        return openedAt + TimeSpan.FromTicks((long)(latest.Ticks * (0.05 + 0.95 * random.NextDouble())));
    }

    /// <summary>A version of one of the protocols in force at the submission, its id picked at random among them.</summary>
    ProtocolVersion InForce(DateTimeOffset at, Random random)
    {
        var inForce = _protocols.GroupBy(v => v.ProtocolId, StringComparer.Ordinal)
            .Select(versions => VersionInForce.At(versions, at))
            .OfType<ProtocolVersion>()
            .Where(v => v.DoseTiers[0].Review == ReviewLevel.Single)
            .OrderBy(v => v.ProtocolId, StringComparer.Ordinal)
            .ToList();
        return inForce.Count == 0
            ? throw new InvalidOperationException($"No protocol whose first tier needs a single reviewer is in force at {at:O}.")
            : inForce[random.Next(inForce.Count)];
    }

    static SeededStage[] ShuffledMix(Random random)
    {
        var mix = DecidedMix.SelectMany(m => Enumerable.Repeat(m.Stage, m.Count)).ToArray();
        random.Shuffle(mix);
        return mix;
    }

    /// <summary>
    /// An id that sorts by the request's number, as the server's sequential ids sort by time, so keys are appended to
    /// their indexes rather than scattered; the rest is random from the plan's own generator, so a seed always gives the
    /// same ids. RFC 9562 version 8 (its layout is ours).
    /// </summary>
    static Guid OrderedGuid(int number, Random random)
    {
        Span<byte> tail = stackalloc byte[8];
        random.NextBytes(tail);
        tail[0] = (byte)((tail[0] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(number, (short)random.Next(0x10000), (short)(0x8000 | random.Next(0x1000)), tail.ToArray());
    }
}

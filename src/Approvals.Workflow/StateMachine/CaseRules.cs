using System.Collections.Concurrent;
using System.Text.Json;
using Approvals.Contracts;
using Approvals.Domain;

namespace Approvals.Workflow;

/// <summary>The clocks one case runs on: its protocol version's, or the configured ones for a case submitted without them.</summary>
internal sealed record CaseRules(ReviewClocks Clocks, TimeSpan InformationDeadline, ApprovalTermsRules Approval)
{
    /// <summary>The renewal reminders, longest lead first, sorted once rather than on every look.</summary>
    public IReadOnlyList<TimeSpan> Reminders { get; } = Approval.Reminders;

    public static string? Serialize(ProtocolTerms? terms) => terms is null ? null : JsonSerializer.Serialize(terms);

    public static CaseRules From(ProtocolTerms terms) =>
        new(new ReviewClocks { Standard = terms.StandardReview, Expedited = terms.ExpeditedReview }, terms.InformationDeadline,
            new ApprovalTermsRules
            {
                DefaultValidity = terms.ApprovalValidity,
                MaxValidity = terms.MaxApprovalValidity,
                FollowUpInterval = terms.FollowUpInterval,
                RenewalReminders = [.. terms.RenewalReminders],
            });
}

public sealed partial class ApprovalStateMachine
{
    // Cases carry the terms of a handful of protocol versions: each distinct one is read once, not on every look.
    readonly ConcurrentDictionary<string, CaseRules> _protocolRules = new(StringComparer.Ordinal);

    CaseRules RulesFor(ApprovalState saga) =>
        saga.ProtocolTerms is { } json
            ? _protocolRules.GetOrAdd(json, static text => CaseRules.From(JsonSerializer.Deserialize<ProtocolTerms>(text)!))
            : _configured;
}

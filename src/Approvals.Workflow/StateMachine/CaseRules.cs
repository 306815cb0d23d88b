using System.Text.Json;
using Approvals.Contracts;
using Approvals.Domain;

namespace Approvals.Workflow;

/// <summary>The clocks one case runs on: its protocol version's, or the configured ones for a case submitted without them.</summary>
internal sealed record CaseRules(ReviewClocks Clocks, TimeSpan InformationDeadline, ApprovalTermsRules Approval)
{
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
    CaseRules RulesFor(ApprovalState saga) =>
        saga.ProtocolTerms is { } json ? CaseRules.From(JsonSerializer.Deserialize<ProtocolTerms>(json)!) : _configured;
}

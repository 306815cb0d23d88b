using Approvals.Contracts;

namespace Approvals.Domain.Protocols;

/// <summary>Time a protocol allows for a review, by urgency (the document's <c>reviewClocks</c>).</summary>
public sealed record ReviewDeadlines(AllowedTime Standard, AllowedTime Expedited)
{
    public DateTimeOffset DueAt(Urgency urgency, DateTimeOffset openedAt) =>
        (urgency == Urgency.Expedited ? Expedited : Standard).EndFrom(openedAt);
}

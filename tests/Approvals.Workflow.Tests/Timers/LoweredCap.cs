using Approvals.Contracts;
using static Approvals.Workflow.Tests.Timers.ApprovedCase;

namespace Approvals.Workflow.Tests.Timers;

/// <summary>
/// The version both taper specs publish: ketamine's cap lowered to 80 mg a day, so that running approvals above it taper
/// (steps of 10 to 15 mg a day, one every 2 days) with a follow-up every 14 days.
/// </summary>
static class LoweredCap
{
    public static ProtocolVersionRules At80(DateTimeOffset effectiveFrom) => new(
        "off-label-ketamine", 4, effectiveFrom, "Cap lowered", ["treatment-resistant-depression"], 80,
        [new ProtocolDoseTier(80, ReviewLevel.Single, 0)], 180 * Day, 365 * Day, 14 * Day, [30 * Day, 7 * Day],
        new ProtocolReviewClocks(7 * Day, 3 * Day), 14 * Day, new ProtocolTaperRule(10, 15, 2 * Day));
}

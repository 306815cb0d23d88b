using Approvals.ApiClient;
using Approvals.Web.Components.Pages.Reviewer;

namespace Approvals.Web.Tests.Reviewer;

public sealed class When_filtering_the_queue
{
    static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    static readonly ReviewSummary Late = Review(3, "standard", "initial", "baclofen-aud", claimedBy: null);
    static readonly ReviewSummary Mine = Review(2, "expedited", "renewal", "baclofen-aud", claimedBy: "me");
    static readonly ReviewSummary Theirs = Review(1, "standard", "initial", "other-protocol", claimedBy: "them");
    static readonly ReviewSummary[] All = [Late, Mine, Theirs];

    [Fact]
    public void Should_show_everything_earliest_due_first_without_filters()
    {
        Assert.Equal([Theirs, Mine, Late], new QueueFilter().Apply(All, "me"));
    }

    [Theory]
    [InlineData(QueueFilter.Mine, 2)]
    [InlineData(QueueFilter.Unclaimed, 3)]
    [InlineData(QueueFilter.Others, 1)]
    public void Should_filter_by_claim_from_the_reviewers_view(string claim, int dueInDays)
    {
        var shown = Assert.Single(new QueueFilter(Claim: claim).Apply(All, "me"));

        Assert.Equal(Start.AddDays(dueInDays), shown.DueAt);
    }

    [Fact]
    public void Should_combine_urgency_kind_and_protocol()
    {
        Assert.Equal([Theirs, Late], new QueueFilter(Urgency: "standard", Kind: "initial").Apply(All, "me"));
        Assert.Equal([Late], new QueueFilter(Urgency: "standard", Protocol: "baclofen-aud").Apply(All, "me"));
        Assert.Empty(new QueueFilter(Urgency: "expedited", Kind: "initial").Apply(All, "me"));
    }

    static ReviewSummary Review(int dueInDays, string urgency, string kind, string protocol, string? claimedBy) =>
        new()
        {
            Id = Guid.NewGuid(), RequestId = Guid.NewGuid(), Kind = kind, Status = "open", Urgency = urgency, DueAt = Start.AddDays(dueInDays),
            ProtocolId = protocol, DailyDoseMg = 60, Requirement = new ReviewRequirement { Level = "single", Specialists = 0 },
            Patient = new PatientDescriptor { Pseudonym = "PAT-" + dueInDays + "00", BirthYear = 1970, Sex = "female" }, Indication = "alcohol-dependence",
            Claim = claimedBy is null ? null : new ReviewClaimView { UserId = claimedBy, Name = claimedBy, At = Start },
        };
}

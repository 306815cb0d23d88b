using System.Text.RegularExpressions;
using System.Xml.Linq;
using Approvals.Web.Tests.Infrastructure;

namespace Approvals.Web.Tests.Prescriber;

public sealed partial class When_translating_the_prescriber_pages
{
    static readonly string Web = RepositoryPaths.In("src", "Approvals.Web");

    [GeneratedRegex(@"\b[Pp]\[""(?<key>[A-Za-z_-]+)""\]")]
    private static partial Regex LiteralKey();

    [Fact]
    public void Should_have_every_key_in_english_and_in_french()
    {
        var english = Keys("PrescriberText.resx");
        var french = Keys("PrescriberText.fr.resx");

        Assert.Empty(english.Except(french));
        Assert.Empty(french.Except(english));
    }

    [Fact]
    public void Should_have_a_text_for_every_key_the_pages_name()
    {
        var known = Keys("PrescriberText.resx");
        var sources = Directory.EnumerateFiles(Path.Combine(Web, "Components", "Pages", "Prescriber"))
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal));

        var named = sources.SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value)).ToHashSet();

        Assert.NotEmpty(named);
        Assert.Empty(named.Except(known));
    }

    [Theory]
    [InlineData("Status_", new[] { "submitted", "under-review", "awaiting-information", "approved", "denied", "withdrawn", "lapsed", "suspended", "revoked", "expired" })]
    [InlineData("Outcome_", new[] { "approve", "approve-modified", "deny", "request-information" })]
    [InlineData("Meaning_", new[] { "review", "approval", "denial", "collegial-opinion", "suspension", "revocation" })]
    [InlineData("Need_", new[] { "Unknown", "NotADose", "SingleReview", "ExpertOpinionRecommended", "Collegial", "AboveMaximum" })]
    public void Should_word_every_value_the_api_or_the_tiers_can_give(string prefix, string[] values)
    {
        var known = Keys("PrescriberText.resx");

        Assert.Empty(values.Select(v => prefix + v).Except(known));
    }

    static HashSet<string> Keys(string file) =>
        [.. XDocument.Load(Path.Combine(Web, "Resources", file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)];
}

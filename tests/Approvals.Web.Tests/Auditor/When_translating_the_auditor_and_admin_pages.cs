using System.Text.RegularExpressions;
using System.Xml.Linq;
using Approvals.Web.Tests.Infrastructure;

namespace Approvals.Web.Tests.Auditor;

/// <summary>Every text the auditor's and admin's pages ask for exists in English and French, with the same placeholders.</summary>
public sealed partial class When_translating_the_auditor_and_admin_pages
{
    [GeneratedRegex("""\b(?<localizer>A|M)\["(?<key>[A-Za-z0-9_-]+)"\]""")]
    private static partial Regex LiteralKey();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [Theory]
    [InlineData("AuditText", "A", "Auditor")]
    [InlineData("AdminText", "M", "Admin")]
    public void Should_have_every_key_a_page_uses_in_both_languages(string resource, string localizer, string folder)
    {
        var english = Texts(resource + ".resx");
        var french = Texts(resource + ".fr.resx");
        var pages = RepositoryPaths.In("src", "Approvals.Web", "Components", "Pages", folder);
        var used = Directory.EnumerateFiles(pages, "*.razor")
            .SelectMany(file => LiteralKey().Matches(File.ReadAllText(file)))
            .Where(m => m.Groups["localizer"].Value == localizer)
            .Select(m => m.Groups["key"].Value)
            .Distinct()
            .ToList();

        Assert.NotEmpty(used);
        var missing = used.Where(key => !english.ContainsKey(key)).ToList();
        Assert.True(missing.Count == 0, "No English text for " + string.Join(", ", missing));
        Assert.Equal(english.Keys.Order(), french.Keys.Order());
        Assert.All(english, pair =>
        {
            Assert.False(string.IsNullOrWhiteSpace(french[pair.Key]), pair.Key);
            Assert.Equal(Placeholders(pair.Value), Placeholders(french[pair.Key]));
        });
    }

    static Dictionary<string, string> Texts(string file) =>
        XDocument.Load(RepositoryPaths.In("src", "Approvals.Web", "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    static IEnumerable<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Order();
}

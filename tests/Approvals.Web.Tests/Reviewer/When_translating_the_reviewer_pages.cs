using System.Text.RegularExpressions;
using System.Xml.Linq;
using Approvals.Web.Api.Reviewer;
using Approvals.Web.Components.Pages.Reviewer;
using Approvals.Web.Tests.Infrastructure;

namespace Approvals.Web.Tests.Reviewer;

public sealed partial class When_translating_the_reviewer_pages
{
    static readonly string Web = RepositoryPaths.In("src", "Approvals.Web");

    // The API's values the pages turn into words (kebab-case, as the API sends them).
    static readonly Dictionary<string, string[]> ApiValues = new()
    {
        ["Urgency_"] = ["standard", "expedited"],
        ["Kind_"] = ["initial", "renewal"],
        ["Status_"] = ["open", "awaiting-information", "decided", "cancelled"],
        ["Level_"] = ["single", "single-expert-recommended", "collegial"],
        ["Sex_"] = ["female", "male", "other", "unknown"],
        ["Outcome_"] = ["approve", "approve-modified", "deny", "request-information"],
        ["Recommendation_"] = ["approve", "deny"],
        ["Meaning_"] = ["review", "approval", "denial", "collegial-opinion", "suspension", "revocation"],
        ["RequestStatus_"] =
            ["submitted", "under-review", "awaiting-information", "approved", "denied", "withdrawn", "lapsed", "suspended", "revoked", "expired"],
        ["Reason_"] = [.. DenialReasonCodes.All],
        ["SafetyAction_"] = [.. Enum.GetNames<SafetyAction>()],
        ["SafetyAccepted_"] = [.. Enum.GetNames<SafetyAction>()],
    };

    [GeneratedRegex("""R\["(?<key>[A-Za-z_-]+)"\]""")]
    private static partial Regex LiteralKey();

    [Fact]
    public void Should_have_every_key_the_pages_use_in_english_and_french()
    {
        var used = Directory.EnumerateFiles(Path.Combine(Web, "Components", "Pages"), "*.razor", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}Reviewer{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || f.Contains($"{Path.DirectorySeparatorChar}Specialist{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .Where(key => !key.EndsWith('_'))
            .Concat(ApiValues.SelectMany(kv => kv.Value.Select(value => kv.Key + value)))
            .ToHashSet();

        foreach (var file in new[] { "ReviewerText.resx", "ReviewerText.fr.resx" })
        {
            var keys = Keys(file);
            Assert.Empty(used.Except(keys).Order());
        }

        Assert.Equal(Keys("ReviewerText.resx").Order(), Keys("ReviewerText.fr.resx").Order());
    }

    static HashSet<string> Keys(string file) =>
        [.. XDocument.Load(Path.Combine(Web, "Resources", file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)];
}

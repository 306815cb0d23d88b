using System.Reflection;
using System.Text.RegularExpressions;
using Approvals.Domain.Cases;
using Approvals.Testing;

namespace Approvals.Domain.Tests.RulesMap;

/// <summary>
/// docs/rules.md names, for each rule the README states, the Domain function that owns it. Every name it gives must
/// exist in Approvals.Domain and every file it gives must declare the row's first owner, so renaming or moving a rule's
/// function breaks this spec until the map follows.
/// </summary>
public sealed partial class When_reading_the_rules_map
{
    const BindingFlags AnyMember = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    static readonly Assembly Domain = typeof(CaseDecider).Assembly;

    public sealed record Row(string Rule, IReadOnlyList<(string Type, string Member)> Owners, string File)
    {
        public override string ToString() => Rule;
    }

    [GeneratedRegex(@"`([A-Za-z]+)\.([A-Za-z]+)`")]
    private static partial Regex OwnerPattern();

    [GeneratedRegex(@"^`([^`]+)`$")]
    private static partial Regex FilePattern();

    /// <summary>The table's rows: three cells, the owners as <c>`Type.Member`</c> and the file as <c>`path`</c>.</summary>
    static IReadOnlyList<Row> Rows()
    {
        var lines = File.ReadAllLines(RepositoryPaths.In("docs", "rules.md"));
        var header = Array.FindIndex(lines, l => l.StartsWith("| Rule | Owner | File |", StringComparison.Ordinal));
        Assert.True(header >= 0, "docs/rules.md has no '| Rule | Owner | File |' table.");
        return [.. lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|')).Select(ParseRow)];
    }

    static Row ParseRow(string line)
    {
        // A rule's text may hold an escaped bar (\|); the last two cells never do.
        var cells = line.Trim().Trim('|').Split(" | ");
        Assert.True(cells.Length >= 3, $"Not a three-cell row: {line}");
        var (rule, owner, file) = (string.Join(" | ", cells[..^2]).Trim(), cells[^2].Trim(), cells[^1].Trim());
        var owners = OwnerPattern().Matches(owner).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        var path = FilePattern().Match(file);
        Assert.True(owners.Count > 0 && path.Success, $"The row '{rule}' names no owner as `Type.Member` or no file as `path`.");
        return new Row(rule, owners, path.Groups[1].Value);
    }

    public static TheoryData<Row> Table() => [.. Rows()];

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_owner_it_names_exists_in_the_domain(Row row)
    {
        foreach (var (typeName, member) in row.Owners)
        {
            var type = Assert.Single(Domain.GetTypes(), t => t.Name == typeName && !t.IsNested);
            Assert.True(type.GetMember(member, AnyMember).Length > 0, $"{typeName}.{member}, named for '{row.Rule}', does not exist.");
        }
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_file_it_names_declares_the_first_owner(Row row)
    {
        var path = RepositoryPaths.In(row.File.Split('/'));
        Assert.True(File.Exists(path), $"{row.File}, named for '{row.Rule}', does not exist.");
        var (type, member) = row.Owners[0];
        var source = File.ReadAllText(path);
        Assert.Matches($@"\b(class|record|enum)\s+{type}\b", source);
        Assert.Matches($@"\b{member}\s*(\(|<|=>|\{{)", source);
    }

    [Fact]
    public void The_map_covers_the_readme_s_rules()
    {
        // The README's rule list, by the words a row must carry; a rule added there needs its row here.
        string[] rules =
        [
            "Lifecycle", "Racing commands", "dose", "Review clock", "80%", "overdue", "paused", "reply deadline", "Withdrawal",
            "void", "Validity window", "Follow-up", "followUpOverdue", "Renewal reminders", "Renewal:", "No-gap window", "Expiry",
            "Suspension", "Taper", "Collegial guard", "Expert-recommended", "Specialist opinions", "Separation of duties", "claim",
        ];
        var text = string.Join('\n', Rows().Select(r => r.Rule));

        Assert.All(rules, rule => Assert.Contains(rule, text, StringComparison.Ordinal));
    }
}

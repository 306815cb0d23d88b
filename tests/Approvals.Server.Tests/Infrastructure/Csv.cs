using System.Text;

namespace Approvals.Server.Tests.Infrastructure;

/// <summary>An RFC 4180 reader, written here so the export is checked against the standard, not against itself.</summary>
public static class Csv
{
    public static List<string[]> Parse(string text) => [.. ParseWithNulls(text).Select(row => row.Select(f => f ?? "").ToArray())];

    /// <summary>As <see cref="Parse"/>, but a field left empty is null and only a quoted <c>""</c> is an empty string.</summary>
    public static List<string?[]> ParseWithNulls(string text)
    {
        var rows = new List<string?[]>();
        var fields = new List<string?>();
        var field = new StringBuilder();
        var quoted = false;
        var wasQuoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                    quoted = false;
                else
                    field.Append(c);
            }
            else if (c == '"')
                quoted = wasQuoted = true;
            else if (c == ',')
                EndField();
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                EndField();
                rows.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
                field.Append(c);
        }

        Assert.False(quoted, "The CSV ends inside a quoted field.");
        Assert.True(field.Length == 0 && fields.Count == 0, "The CSV's last row has no CRLF.");
        return rows;

        void EndField()
        {
            fields.Add(field.Length == 0 && !wasQuoted ? null : field.ToString());
            field.Clear();
            wasQuoted = false;
        }
    }
}

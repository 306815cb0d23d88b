using System.Globalization;
using System.Text;

namespace Approvals.Server.Demo;

/// <summary>One demo request: its patient pseudonym, id, the state it was left in, and what to try with it.</summary>
public sealed record DemoCase(string Pseudonym, Guid RequestId, string Status, string Note);

/// <summary>What the demo created, or that it found its data already there.</summary>
public sealed record DemoReport(IReadOnlyList<DemoCase> Cases)
{
    public static DemoReport AlreadyPresent { get; } = new([]);

    public bool WasAlreadyPresent => Cases.Count == 0;

    public string Describe(Uri server)
    {
        var text = new StringBuilder();
        if (WasAlreadyPresent)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Demo data is already in this database (protocol {DemoProtocol.Id} is published); nothing added. "
                + $"Start from an empty database to seed it again.");
        }
        else
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Demo data (protocol {DemoProtocol.Id} v{DemoProtocol.Version}; patients DEMO-00nn; users demo-*):");
            foreach (var c in Cases)
                text.AppendLine(CultureInfo.InvariantCulture, $"  {c.Pseudonym}  {c.RequestId}  {c.Status,-20}  {c.Note}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Tokens for the demo users ({DemoSeeder.PrescriberId}, {DemoSeeder.ReviewerId}, {DemoSeeder.FirstSpecialistId}, "
            + $"{DemoSeeder.SecondSpecialistId}, {DemoSeeder.AdminId}; an auditor of your choosing):");
        text.AppendLine(CultureInfo.InvariantCulture, $"  curl -s -X POST {server}dev/token -H 'content-type: application/json' "
            + $"-d '{{\"userId\":\"{DemoSeeder.ReviewerId}\",\"roles\":[\"reviewer\"]}}'");
        text.AppendLine(CultureInfo.InvariantCulture, $"The API reference page: {server}scalar/v1");
        return text.ToString();
    }
}

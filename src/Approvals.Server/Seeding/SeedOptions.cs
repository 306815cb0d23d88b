using System.Globalization;

namespace Approvals.Server.Seeding;

/// <summary>The seed command's own options; every other argument is configuration, as for the server.</summary>
/// <param name="AddToExisting">Seed a database that already holds requests (give a --seed not used on it before).</param>
internal sealed record SeedOptions(int Requests, int Seed, bool AddToExisting)
{
    public const int MaxRequests = 10_000_000;

    public const string Usage =
        "Usage: Approvals.Server seed --requests <1.." + "10000000> [--seed <number>] [--add-to-existing] " +
        "[--ConnectionStrings:Approvals=<connection string>] [other settings as for the server]";

    /// <summary>The options and the remaining (configuration) arguments, or null with <paramref name="error"/> set.</summary>
    public static SeedOptions? Parse(string[] args, out string[] configuration, out string? error)
    {
        int? requests = null;
        var seed = 1;
        var addToExisting = false;
        var rest = new List<string>();
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--requests" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                    && n is >= 1 and <= MaxRequests:
                    requests = n;
                    i++;
                    break;
                case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s):
                    seed = s;
                    i++;
                    break;
                case "--requests" or "--seed":
                    error = $"{args[i]} needs a number ({Usage}).";
                    break;
                case "--add-to-existing":
                    addToExisting = true;
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        configuration = [.. rest];
        if (error is null && requests is null)
            error = $"--requests is required. {Usage}";
        return error is null ? new SeedOptions(requests!.Value, seed, addToExisting) : null;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace Approvals.Benchmarks.Lifecycles;

/// <summary>
/// Counts the server's fsync and fdatasync calls by running it under strace with a seccomp filter: only those two calls
/// stop the process for the tracer, every other call runs untraced. Each call is logged with its time and the file it
/// synced, so the measured window's calls can be told from start-up's and split by file.
/// </summary>
public sealed partial class FsyncTrace(string logPath)
{
    public static bool Available =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, "strace")));

    public IReadOnlyList<string> Wrapper =>
        ["strace", "-f", "-qq", "--seccomp-bpf", "-e", "trace=fsync,fdatasync", "-e", "signal=none", "-ttt", "-y", "-o", logPath];

    /// <summary>Calls that began between the two instants, by the file synced.</summary>
    public FsyncCounts Count(DateTimeOffset from, DateTimeOffset to)
    {
        long wal = 0, database = 0, other = 0;
        var (start, end) = (from.ToUnixTimeMilliseconds() / 1000.0, to.ToUnixTimeMilliseconds() / 1000.0);
        using var log = new StreamReader(new FileStream(logPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        while (log.ReadLine() is { } line)
        {
            if (Call().Match(line) is not { Success: true } call)
                continue;
            var at = double.Parse(call.Groups["at"].Value, CultureInfo.InvariantCulture);
            if (at < start || at >= end)
                continue;
            var file = call.Groups["file"].Value;
            if (file.EndsWith("-wal", StringComparison.Ordinal))
                wal++;
            else if (file.EndsWith(".db", StringComparison.Ordinal))
                database++;
            else
                other++;
        }

        return new FsyncCounts(wal, database, other);
    }

    /// <summary>
    /// "&lt;pid&gt;  &lt;unix time&gt; fsync(&lt;fd&gt;&lt;/path/file&gt;) = 0", or the same cut at "&lt;unfinished ...&gt;";
    /// the "resumed" halves name no call and do not match.
    /// </summary>
    [GeneratedRegex(@"^\d+\s+(?<at>\d+\.\d+)\s+(?:fsync|fdatasync)\(\d+<(?<file>[^>]*)>")]
    private static partial Regex Call();

    /// <summary>The server strace started: the dotnet process whose parent is strace.</summary>
    public static int? ChildOf(int parent)
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), CultureInfo.InvariantCulture, out var pid))
                continue;
            try
            {
                // "pid (comm) state ppid ...": the command may hold spaces and parentheses, so read after the last ')'.
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var afterName = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (int.Parse(afterName[1], CultureInfo.InvariantCulture) == parent)
                    return pid;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // gone meanwhile
            }
        }

        return null;
    }
}

/// <summary>fsync/fdatasync calls on the WAL file, on the database file (checkpoints), and on anything else.</summary>
public sealed record FsyncCounts(long Wal, long Database, long Other)
{
    public long Total => Wal + Database + Other;
}

using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Approvals.Server.Tests.Readme;

/// <summary>The README's curl walk, as printed: every <c>bash</c> block of its section, run as one bash script.</summary>
public static partial class ReadmeWalk
{
    public const string Section = "## Walk one request through with curl";

    static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(5);

    /// <summary>The blocks of <see cref="Section"/>, in order, joined as one script.</summary>
    public static string Script(string readme)
    {
        var start = readme.IndexOf(Section, StringComparison.Ordinal);
        Assert.True(start >= 0, $"The README has no section '{Section}'.");
        var end = readme.IndexOf("\n## ", start + Section.Length, StringComparison.Ordinal);
        var section = end < 0 ? readme[start..] : readme[start..end];
        var blocks = BashBlock().Matches(section).Select(m => m.Groups["code"].Value).ToList();
        Assert.NotEmpty(blocks);
        return string.Join("\n", blocks);
    }

    /// <summary>
    /// Runs <paramref name="script"/> with bash, stopping at the first failing command (every curl in the walk uses
    /// <c>-f</c>, so an HTTP error fails it), with <c>B</c> pointing at <paramref name="server"/>.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string script, Uri server)
    {
        var file = Path.Combine(Path.GetTempPath(), $"readme-walk-{Guid.NewGuid():N}.sh");
        await File.WriteAllTextAsync(file, script);
        try
        {
            var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-euo", "pipefail", file })
                start.ArgumentList.Add(argument);
            start.Environment["B"] = server.ToString().TrimEnd('/');
            using var bash = Process.Start(start)!;
            var output = bash.StandardOutput.ReadToEndAsync();
            var errors = bash.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(RunLimit);
            try
            {
                await bash.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                bash.Kill(entireProcessTree: true);
                throw new TimeoutException($"The walk still ran after {RunLimit}:\n{await output}\n{await errors}");
            }

            return (bash.ExitCode, $"{await output}\n--- stderr ---\n{await errors}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"^```bash\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex BashBlock();
}

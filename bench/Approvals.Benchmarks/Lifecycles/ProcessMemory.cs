using System.Globalization;

namespace Approvals.Benchmarks.Lifecycles;

/// <summary>A process's resident memory from /proc/&lt;pid&gt;/status: now (VmRSS) and its peak so far (VmHWM).</summary>
public static class ProcessMemory
{
    public static (double RssMb, double PeakMb)? Read(int pid)
    {
        try
        {
            double? rss = null, peak = null;
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                    rss = Kilobytes(line) / 1024;
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    peak = Kilobytes(line) / 1024;
            }

            return rss is { } r && peak is { } p ? (r, p) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // gone, or not Linux
        }
    }

    /// <summary>"VmRSS:	  123456 kB" → 123456.</summary>
    static double Kilobytes(string line) =>
        double.Parse(line.Split(':', 2)[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
}

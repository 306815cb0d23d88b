namespace Approvals.Testing;

/// <summary>How to start the built server as a process: what it hosts and how it is configured.</summary>
public sealed record ServerLaunch
{
    /// <summary>Names the process in failure messages and log lines (its roles, say).</summary>
    public string Label { get; init; } = "server";

    /// <summary>The server's dll; the one built beside the caller when not given.</summary>
    public string? ServerAssembly { get; init; }

    /// <summary>Command-line arguments after the dll and <c>--urls</c> (e.g. <c>--roles intake</c>).</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>
    /// Configuration as environment variables, over <c>ASPNETCORE_ENVIRONMENT=Development</c>; at least
    /// <c>ConnectionStrings__Approvals</c>, so that no test writes the server's default database.
    /// </summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Where it runs; the server's own folder when not given (settings are read there from any directory).</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>
    /// A program to run the server under, with its own arguments (e.g. <c>strace -f -o trace</c>); the server's command
    /// line follows them. <see cref="ServerProcess.Pid"/> is then this program's, the server its child.
    /// </summary>
    public IReadOnlyList<string> Wrapper { get; init; } = [];

    /// <summary>A fixed HTTP port, to restart a process where its clients already point; a free one when not given.</summary>
    public int? Port { get; init; }
}

namespace Approvals.Server.Http;

/// <summary>
/// Configuration section <c>RateLimiting:Writes</c>: how many writes (POST, PUT, PATCH, DELETE) one caller may send per
/// window. Every refused write is an audit entry, so this bounds how fast one signed-in user can grow the trail.
/// </summary>
public sealed class WriteRateLimitOptions
{
    public const string Section = "RateLimiting:Writes";

    public bool Enabled { get; set; } = true;
    public int PermitLimit { get; set; } = 60;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public void EnsureValid()
    {
        if (PermitLimit < 1)
            throw new InvalidOperationException($"{Section}:PermitLimit must be at least 1; got {PermitLimit}.");
        if (Window <= TimeSpan.Zero)
            throw new InvalidOperationException($"{Section}:Window must be positive; got {Window}.");
    }
}

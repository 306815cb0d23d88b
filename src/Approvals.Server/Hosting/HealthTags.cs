namespace Approvals.Server.Hosting;

public static class HealthTags
{
    /// <summary>MassTransit tags its bus health check "ready" too, so readiness covers the broker when one is used.</summary>
    public const string Ready = "ready";
}

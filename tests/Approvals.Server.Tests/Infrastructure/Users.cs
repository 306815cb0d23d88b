namespace Approvals.Server.Tests.Infrastructure;

/// <summary>Fresh user ids and idempotency keys, so tests sharing one server never see each other's data.</summary>
public static class Users
{
    public static string NewId(string role) => $"{role}-{Guid.NewGuid():N}";

    public static string NewIdempotencyKey() => $"key-{Guid.NewGuid():N}";
}

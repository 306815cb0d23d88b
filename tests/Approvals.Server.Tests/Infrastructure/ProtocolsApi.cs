using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Approvals.Contracts;
using Approvals.Http;
using Approvals.Intake.Persistence;
using Approvals.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Server.Tests.Infrastructure;

/// <summary>Calls to <c>/api/v1/protocols</c>, protocol documents to send, and what the intake database holds of them.</summary>
public static class ProtocolsApi
{
    public const string Path = "/api/v1/protocols";
    public const string Shipped = "baclofen-aud";

    public static string VersionsPath(string protocolId) => $"{Path}/{protocolId}/versions";

    public static string VersionPath(string protocolId, int version) => $"{VersionsPath(protocolId)}/{version}";

    public static Task<HttpClient> AdminAsync(this ApprovalsApiFactory api) => api.ClientAsync(Users.NewId("admin"), Roles.Admin);

    /// <summary>A protocol id no other test uses.</summary>
    public static string NewProtocolId() => $"drill-{Guid.NewGuid():N}"[..20];

    /// <summary>The text of a file the server ships (copied beside the tests).</summary>
    public static string ShippedFile(string name) => File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "protocols", name));

    /// <summary>
    /// A valid document shaped like the shipped version 1, for <paramref name="protocolId"/>, taking effect in the future.
    /// The instant is written as the server writes it (no trailing zeros), so a document read back compares equal.
    /// </summary>
    public static JsonObject Document(string protocolId, int version = 1, DateTimeOffset? effectiveFrom = null)
    {
        var document = JsonNode.Parse(ShippedFile("baclofen-aud.v1.json"))!.AsObject();
        document["protocolId"] = protocolId;
        document["version"] = version;
        document["effectiveFrom"] = (effectiveFrom ?? DateTimeOffset.UtcNow.AddDays(1)).ToUniversalTime()
            .ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", CultureInfo.InvariantCulture);
        return document;
    }

    /// <summary>A document for <paramref name="protocolId"/> taking effect in one second: the soonest a version may start.</summary>
    public static JsonObject DocumentEffectiveNow(string protocolId, int version = 1) =>
        Document(protocolId, version, DateTimeOffset.UtcNow.AddSeconds(1));

    /// <summary>Publishes <paramref name="document"/> and waits until its version is in force.</summary>
    public static async Task PublishInForceAsync(this HttpClient admin, JsonObject document)
    {
        await admin.PublishValidAsync(document);
        await admin.WaitUntilInForceAsync(document.Str("protocolId")!, document["version"]!.GetValue<int>());
    }

    public static Task<HttpResponseMessage> PublishAsync(this HttpClient admin, string protocolId, JsonNode document) =>
        admin.PostJsonAsync(VersionsPath(protocolId), document);

    public static async Task PublishValidAsync(this HttpClient admin, JsonObject document)
    {
        using var response = await admin.PublishAsync(document.Str("protocolId")!, document);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The list's one page: a handful of protocols never needs a second.</summary>
    public static async Task<JsonArray> ListProtocolsAsync(this HttpClient admin)
    {
        using var response = await admin.GetAsync(Path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.JsonAsync();
        Assert.True(page.ContainsKey("nextCursor") && page["nextCursor"] is null, page.ToJsonString());
        return page["items"]!.AsArray();
    }

    /// <summary>
    /// Waits until the server holds <paramref name="version"/> in force, for a version published to take effect a moment
    /// later (an effective date must not lie in the past): sooner than sleeping a fixed time past it, never too soon.
    /// </summary>
    public static Task WaitUntilInForceAsync(this HttpClient admin, string protocolId, int version) =>
        Eventually.UntilAsync(
            async () => (await admin.ListProtocolsAsync()).Protocol(protocolId)?["inForceVersion"]?.GetValue<int>(),
            inForce => inForce == version,
            $"version {version} of protocol {protocolId} in force");

    public static JsonObject? Protocol(this JsonArray list, string protocolId) =>
        list.Select(p => p!.AsObject()).SingleOrDefault(p => p.Str("protocolId") == protocolId);

    /// <summary>The stored rows and the announcements in the bus outbox, to show what a call changed.</summary>
    public static async Task<ProtocolState> ProtocolStateAsync(this ApprovalsApiFactory api)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var versions = await db.ProtocolVersions.AsNoTracking().OrderBy(v => v.ProtocolId).ThenBy(v => v.Version)
            .Select(v => $"{v.ProtocolId} v{v.Version}: {v.Document}").ToListAsync();
        var announced = await db.Set<BusOutboxMessage>().AsNoTracking()
            .Where(m => m.MessageType.StartsWith(typeof(ProtocolVersionPublished).FullName!)).OrderBy(m => m.Id).Select(m => m.Body).ToListAsync();
        return new ProtocolState(versions, [.. announced.Select(b => JsonNode.Parse(b)!.AsObject())]);
    }
}

/// <summary>Stored versions (id, number and document) and the bodies of the <see cref="ProtocolVersionPublished"/> messages.</summary>
public sealed record ProtocolState(IReadOnlyList<string> Versions, IReadOnlyList<JsonObject> Announcements)
{
    public void AssertSameAs(ProtocolState before)
    {
        Assert.Equal(before.Versions, Versions);
        Assert.Equal(before.Announcements.Count, Announcements.Count);
    }

    public IEnumerable<JsonObject> AnnouncementsOf(string protocolId, int version) =>
        Announcements.Where(a => a["protocol"]!.Str("protocolId") == protocolId && a["protocol"]!["version"]!.GetValue<int>() == version);
}

using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Audit;

public sealed class When_a_protocol_version_is_published(ApprovalsApiFactory api) : IClassFixture<ApprovalsApiFactory>
{
    [Fact]
    public async Task Should_record_the_publication_with_the_admin_and_the_whole_rules()
    {
        var adminId = Users.NewId("admin");
        using var admin = await api.SignedInClientAsync(adminId, "Ms Admin", null, Roles.Admin);
        using var auditor = await api.ClientAsync(Users.NewId("auditor"), Roles.Auditor);
        var protocolId = ProtocolsApi.NewProtocolId();

        await admin.PublishValidAsync(ProtocolsApi.Document(protocolId, 1, DateTimeOffset.UtcNow.AddDays(1)));

        var entry = await Eventually.UntilAsync(
            async () => (await auditor.ListAllAsync($"{AuditApi.Entries}?action=protocol.published"))
                .FirstOrDefault(e => e.Str("entityId") == protocolId),
            e => e is not null, "the publication in the trail");
        var published = entry!;
        Assert.Equal((adminId, "Ms Admin", "admin", 1), (published.Str("actorId"), published.Str("actorName"), published.Str("actorRole"),
            published["entityVersion"]!.GetValue<int>()));
        Assert.Equal(300m, published["newValues"]!["maxDailyDoseMg"]!.GetValue<decimal>());
        // The shipped versions were recorded too, by the system, when the server loaded its files.
        var shipped = await auditor.ListAllAsync($"{AuditApi.Entries}?action=protocol.published");
        Assert.Contains(shipped, e => e.Str("entityId") == "baclofen-aud" && e.Str("actorRole") == "system");
    }
}

using System.Net;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Protocols;

public sealed class When_admins_race_to_publish_one_version(ApprovalsApiFactory api) : IClassFixture<ApprovalsApiFactory>
{
    [Fact]
    public async Task Should_store_and_announce_it_once_and_answer_409_to_the_others()
    {
        var protocolId = ProtocolsApi.NewProtocolId();
        var admins = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => api.AdminAsync()));
        var document = ProtocolsApi.Document(protocolId);

        var responses = await Task.WhenAll(admins.Select(admin => admin.PublishAsync(protocolId, document)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            await refused.AssertProblemAsync(HttpStatusCode.Conflict);
        var state = await api.ProtocolStateAsync();
        Assert.Single(state.AnnouncementsOf(protocolId, 1));
        Assert.Single(state.Versions, v => v.StartsWith($"{protocolId} v1:", StringComparison.Ordinal));
        foreach (var disposable in responses.Concat<IDisposable>(admins))
            disposable.Dispose();
    }
}

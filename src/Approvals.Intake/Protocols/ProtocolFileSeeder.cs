using Approvals.Intake.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Approvals.Intake.Protocols;

/// <summary>
/// At start-up, before the server takes requests, publishes the versions of the protocol files that are not stored yet.
/// A file that differs from the stored version of the same number stops the start-up: a published version never changes,
/// and silently keeping either one would leave the file and the database telling two stories.
/// </summary>
public sealed class ProtocolFileSeeder(
    IServiceScopeFactory scopes, IOptions<ProtocolOptions> options, TimeProvider clock, ILogger<ProtocolFileSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var files = ProtocolFileLoader.Load(options.Value.Path);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<ProtocolStore>();
        var publisher = scope.ServiceProvider.GetRequiredService<ProtocolPublisher>();

        foreach (var file in files)
        {
            var (protocolId, number) = (file.Version.ProtocolId, file.Version.Version);
            var stored = await store.FindAsync(protocolId, number, cancellationToken);
            if (stored is null)
            {
                publisher.Stage(file.Version, file.Document, publishedBy: null, sourceFile: file.Name, clock.GetUtcNow());
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    logger.LogInformation("Published {ProtocolId} version {Version} from {File}", protocolId, number, file.Path);
                    continue;
                }
                catch (DbUpdateException failure)
                {
                    // Another instance sharing the database stored it first: check the file against its copy.
                    db.ChangeTracker.Clear();
                    stored = await store.FindAsync(protocolId, number, cancellationToken) ?? throw new InvalidOperationException(
                        $"Storing {protocolId} version {number} from '{file.Path}' failed, and no other copy is stored.", failure);
                    logger.LogInformation("{ProtocolId} version {Version} was stored first by another instance", protocolId, number);
                }
            }

            if (!stored.ToVersion().Equals(file.Version))
            {
                var origin = stored.SourceFile is { } source ? $"from file {source}" : $"through the API by {stored.PublishedBy}";
                throw new InvalidOperationException(
                    $"Protocol file '{file.Path}' differs from {protocolId} version {number} as published {origin} at {stored.PublishedAt:O}. " +
                    "Published versions never change: restore the file, or give the new rules a new version number.");
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

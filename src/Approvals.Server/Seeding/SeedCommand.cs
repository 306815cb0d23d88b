using System.Data.Common;
using Approvals.Audit.Persistence;
using Approvals.Intake.Persistence;
using Approvals.Intake.Protocols;
using Approvals.Persistence;
using Approvals.Review.Persistence;
using Approvals.Server.Hosting;
using Approvals.Workflow.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Server.Seeding;

/// <summary>
/// <c>Approvals.Server seed --requests N [--seed S] [--add-to-existing] [settings]</c>: writes N requests straight into
/// the configured SQLite databases, in bulk, as the running system would have left them (<see cref="SeedPlan"/>,
/// <see cref="SeededRows"/>), for measuring reads at scale. It migrates the databases first, as the server does, and
/// refuses a database that already holds requests unless told to add to them. No messages, timers or audit entries are
/// written: the seeded cases are at rest, and the protocol files are published by the server when it next starts.
/// </summary>
public static class SeedCommand
{
    public const string Name = "seed";
    public const int Seeded = 0;
    public const int Failed = 1;
    public const int Refused = 2;

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken = default)
    {
        var options = SeedOptions.Parse(args[1..], out var settings, out var usage);
        if (options is null)
        {
            await errors.WriteLineAsync(usage);
            return Refused;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = settings, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            await errors.WriteLineAsync("The seed command writes SQLite databases only (Database:Provider is " + database.Provider + ").");
            return Refused;
        }

        builder.Services.AddServiceDbContexts(builder.Configuration);
        var protocolsPath = builder.Configuration.GetSection(ProtocolOptions.Section).Get<ProtocolOptions>()?.Path ?? new ProtocolOptions().Path;
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        var intake = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var review = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        var workflow = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var audit = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        try
        {
            foreach (DbContext db in (DbContext[])[intake, review, workflow, audit])
            {
                await db.Database.ThrowIfMadeByAnotherBuildAsync(cancellationToken);
                await db.Database.MigrateAsync(cancellationToken);
            }

            if (!options.AddToExisting && await intake.Requests.AnyAsync(cancellationToken))
            {
                await errors.WriteLineAsync($"{intake.Database.GetDbConnection().DataSource} already holds requests: the seed command fills an empty "
                    + "database. Point --ConnectionStrings:Approvals at new files, or add --add-to-existing with a --seed not used on it before.");
                return Refused;
            }

            var plan = new SeedPlan(options, BulkSeeder.ProtocolsIn(protocolsPath), DateTimeOffset.UtcNow);
            var where = intake.Database.GetDbConnection().DataSource + (database.FilePerService ? " and the other services' files beside it" : "");
            await output.WriteLineAsync($"Seeding {options.Requests:N0} requests (seed {options.Seed}) into {where}: "
                + $"{plan.Prescribers.Count:N0} prescribers, {plan.Reviewers.Count} reviewers, {plan.OpenCount:N0} open reviews.");
            var seeder = new BulkSeeder(intake, review, workflow, database.FilePerService, output);
            await seeder.SeedAsync(plan, $"seed-{options.Seed}-", options.Requests, cancellationToken);
            await output.WriteLineAsync($"Done. Sign in as {plan.Prescribers[0].Id} (prescriber) or {plan.Reviewers[0].Id} (reviewer) through /dev/token.");
            return Seeded;
        }
        catch (Exception exception) when (exception is InvalidOperationException or DbException or DbUpdateException)
        {
            await errors.WriteLineAsync($"Seeding failed: {exception.Message}");
            return Failed;
        }
    }
}

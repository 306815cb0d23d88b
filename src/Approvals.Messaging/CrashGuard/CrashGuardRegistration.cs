using DotNext.Threading;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Messaging.CrashGuard;

public static class CrashGuardRegistration
{
    /// <summary>One journal and one gate per process: a death takes every endpoint's messages down together.</summary>
    public static IServiceCollection AddCrashGuard(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(CrashGuardOptions.Section).Get<CrashGuardOptions>() ?? new CrashGuardOptions();
        if (options.Enabled)
            services.AddSingleton(new CrashGuardFilter(new StrikeJournal(options.Directory), new AsyncReaderWriterLock()));
        return services;
    }

    /// <summary>
    /// On the endpoint's consume pipe. MassTransit's message retry still wraps it (retry is per message type), so
    /// each attempt is guarded on its own, and the endpoint policy does not retry a refusal.
    /// </summary>
    public static void UseCrashGuard(this IReceiveEndpointConfigurator endpoint, IServiceProvider services)
    {
        if (services.GetService<CrashGuardFilter>() is { } guard)
            endpoint.UseFilter(guard);
    }
}

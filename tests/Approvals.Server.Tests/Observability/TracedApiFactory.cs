using System.Collections.Concurrent;
using System.Diagnostics;
using Approvals.Server.Hosting;
using Approvals.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Approvals.Server.Tests.Observability;

/// <summary>
/// The whole server with telemetry on and an in-memory exporter instead of OTLP, and a logger that keeps each entry with
/// the scopes the host gave it (where the trace and span ids ride).
/// </summary>
public sealed class TracedApiFactory : ApprovalsApiFactory
{
    readonly List<Activity> _spans = [];

    public ScopedLogs Logs { get; } = new();

    /// <summary>The metrics as last exported; <see cref="FlushMetrics"/> exports them.</summary>
    public List<Metric> Metrics { get; } = [];

    public void FlushMetrics() => Services.GetRequiredService<MeterProvider>().ForceFlush();

    /// <summary>The spans ended so far.</summary>
    public IReadOnlyList<Activity> Spans
    {
        get
        {
            lock (_spans)
                return [.. _spans];
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(Telemetry.EnabledKey, "true");
        // ASP.NET Core's "Request starting" line is written inside the request's span: one log line every trace has.
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics", "Information");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(new LockedList(_spans)));
            services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(Metrics));
        });
    }

    /// <summary>The exporter adds from whichever thread ended the span.</summary>
    sealed class LockedList(List<Activity> spans) : ICollection<Activity>
    {
        public void Add(Activity item)
        {
            lock (spans)
                spans.Add(item);
        }

        public int Count { get { lock (spans) return spans.Count; } }
        public bool IsReadOnly => false;
        public void Clear() { lock (spans) spans.Clear(); }
        public bool Contains(Activity item) { lock (spans) return spans.Contains(item); }
        public void CopyTo(Activity[] array, int arrayIndex) { lock (spans) spans.CopyTo(array, arrayIndex); }
        public bool Remove(Activity item) { lock (spans) return spans.Remove(item); }
        public IEnumerator<Activity> GetEnumerator() { lock (spans) return spans.ToList().GetEnumerator(); }
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>A log entry with the values of every scope around it.</summary>
public sealed record ScopedEntry(string Category, LogLevel Level, string Message, IReadOnlyList<KeyValuePair<string, object?>> Scope);

public sealed class ScopedLogs : ILoggerProvider, ISupportExternalScope
{
    readonly ConcurrentQueue<ScopedEntry> _entries = new();
    IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<ScopedEntry> Entries => [.. _entries];

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    sealed class Logger(ScopedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => logs._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
                return;
            var scope = new List<KeyValuePair<string, object?>>();
            logs._scopes.ForEachScope((value, values) =>
            {
                if (value is IEnumerable<KeyValuePair<string, object?>> pairs)
                    values.AddRange(pairs);
            }, scope);
            logs._entries.Enqueue(new ScopedEntry(category, logLevel, formatter(state, exception), scope));
        }
    }
}

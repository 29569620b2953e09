using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Modular.Sdk.Testing.Crm;

/// <summary>
/// A logger factory that keeps every line written through it at every level, exception text included, so a test can
/// prove what a plugin never logs.
/// </summary>
public sealed class CapturedLogs : ILoggerFactory
{
    private readonly ConcurrentQueue<string> lines = new();

    /// <summary>Every line so far: category, level, message and exception.</summary>
    public IReadOnlyList<string> Lines => [.. lines];

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, lines);

    /// <inheritdoc />
    public void AddProvider(ILoggerProvider provider)
    {
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {state} {exception}");
    }
}

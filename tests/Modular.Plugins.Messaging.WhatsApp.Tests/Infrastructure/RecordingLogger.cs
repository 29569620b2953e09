using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Modular.Plugins.Messaging.WhatsApp.Tests.Infrastructure;

/// <summary>Keeps every line the channel logs, so tests can check no secret reaches the logs.</summary>
internal sealed class RecordingLogger : ILogger, ILoggerFactory
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyCollection<string> Lines => lines;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        lines.Enqueue(formatter(state, exception) + exception);

    public ILogger CreateLogger(string categoryName) => this;

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }
}

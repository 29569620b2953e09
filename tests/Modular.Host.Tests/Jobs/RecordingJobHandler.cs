using System.Collections.Concurrent;
using Modular.Sdk.Platform;

namespace Modular.Host.Tests.Jobs;

/// <summary>A job handler that records each run's payload and does whatever the test asks of it.</summary>
internal sealed class RecordingJobHandler(string jobType, Func<string, int, Task>? behaviour = null) : IJobHandler
{
    private readonly ConcurrentQueue<string> runs = new();

    public string JobType { get; } = jobType;

    public IReadOnlyList<string> Runs => [.. runs];

    public Task RunAsync(string payloadJson, CancellationToken cancellationToken)
    {
        runs.Enqueue(payloadJson);
        return behaviour?.Invoke(payloadJson, runs.Count) ?? Task.CompletedTask;
    }
}

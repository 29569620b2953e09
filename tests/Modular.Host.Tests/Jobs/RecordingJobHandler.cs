using System.Collections.Concurrent;
using Modular.Sdk.Platform;

namespace Modular.Host.Tests.Jobs;

/// <summary>A job handler that records each run's payload and does whatever the test asks of it.</summary>
internal sealed class RecordingJobHandler(string jobType, Func<string, int, Task>? behaviour = null) : IJobHandler
{
    private readonly ConcurrentQueue<string> runs = new();
    private readonly ConcurrentQueue<string> gaveUp = new();

    public string JobType { get; } = jobType;

    public IReadOnlyList<string> Runs => [.. runs];

    /// <summary>The errors the runner gave up with, one per job given up.</summary>
    public IReadOnlyList<string> GaveUp => [.. gaveUp];

    public Task RunAsync(string payloadJson, CancellationToken cancellationToken)
    {
        runs.Enqueue(payloadJson);
        return behaviour?.Invoke(payloadJson, runs.Count) ?? Task.CompletedTask;
    }

    public Task GaveUpAsync(string payloadJson, string error, CancellationToken cancellationToken)
    {
        gaveUp.Enqueue(error);
        return Task.CompletedTask;
    }
}

namespace Modular.Sdk.Platform;

/// <summary>Runs one type of job scheduled through <see cref="IJobScheduler"/>. Must be idempotent: a job may run again after a crash.</summary>
public interface IJobHandler
{
    /// <summary>The job type this handler runs.</summary>
    string JobType { get; }

    /// <summary>Runs the job. Throwing schedules a retry with backoff.</summary>
    Task RunAsync(string payloadJson, CancellationToken cancellationToken);

    /// <summary>
    /// Called once when the job has failed its last attempt and will not run again, in the same scope, so the
    /// handler can say so where its users look (for example mark an import failed). An exception here is logged.
    /// </summary>
    Task GaveUpAsync(string payloadJson, string error, CancellationToken cancellationToken) => Task.CompletedTask;
}

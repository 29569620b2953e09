namespace Modular.Sdk.Platform;

/// <summary>Runs one type of job scheduled through <see cref="IJobScheduler"/>. Must be idempotent: a job may run again after a crash.</summary>
public interface IJobHandler
{
    /// <summary>The job type this handler runs.</summary>
    string JobType { get; }

    /// <summary>Runs the job. Throwing schedules a retry with backoff.</summary>
    Task RunAsync(string payloadJson, CancellationToken cancellationToken);
}

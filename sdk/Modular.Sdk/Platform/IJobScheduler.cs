namespace Modular.Sdk.Platform;

/// <summary>
/// Durable background work. A job is stored before this call returns, runs once across every host instance,
/// is retried with backoff when its handler throws, and resumes after a restart. Time comes from <see cref="TimeProvider"/>.
/// </summary>
public interface IJobScheduler
{
    /// <summary>Schedules <paramref name="payload"/> for the handler registered under <paramref name="jobType"/>, to run at <paramref name="runAt"/> or as soon as possible.</summary>
    /// <returns>The id of the stored job.</returns>
    Task<Guid> ScheduleAsync(string jobType, object payload, DateTimeOffset? runAt = null, CancellationToken cancellationToken = default);
}

using Modular.Sdk.Platform;

namespace Modular.Host.Platform.Jobs;

/// <summary>
/// Stores jobs through the unit of work's platform context. A caller that has begun a transaction on that context
/// gets the job saved inside it, so the job commits, or vanishes, with the caller's other changes; otherwise it is
/// committed before this returns.
/// </summary>
internal sealed class JobScheduler(PlatformDbContext database, JobOptions options, WakeSignal<JobRunner> runner, TimeProvider time, ICurrentTenant? tenant = null)
    : IJobScheduler
{
    public async Task<Guid> ScheduleAsync(string jobType, object payload, DateTimeOffset? runAt = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobType);
        var now = time.GetUtcNow();
        var job = new Job
        {
            Id = Guid.CreateVersion7(),
            Type = jobType,
            Payload = JobPayload.Serialize(payload),
            // Stored as UTC: PostgreSQL refuses other offsets and SQLite's encoding only orders instants in one offset.
            RunAt = (runAt ?? now).ToUniversalTime(),
            MaxAttempts = options.MaxAttempts,
            Status = JobStatus.Pending,
            TenantId = tenant?.TenantId,
            CreatedAt = now,
        };
        database.Jobs.Add(job);
        await database.SaveChangesAsync(cancellationToken);
        // Inside a caller's transaction this wakes the runner before the job is visible; it then finds it at its next poll.
        runner.Wake();
        return job.Id;
    }
}

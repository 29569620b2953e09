using Autofac;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Modular.Host.Platform.Jobs;

/// <summary>
/// Records how a claimed job ended. Every update is conditional on this runner still holding the claim: a job that
/// outlived its lease may have been claimed by another runner, whose outcome then wins.
/// </summary>
internal sealed class JobOutcome(ILifetimeScope root, JobOptions options, TimeProvider time, ILogger<JobOutcome> logger)
{
    public Task<bool> SucceededAsync(Job job)
    {
        var now = time.GetUtcNow();
        return UpdateAsync(job, set => Unlock(set)
            .SetProperty(j => j.Status, JobStatus.Succeeded)
            .SetProperty(j => j.CompletedAt, now));
    }

    /// <summary>Schedules a retry with backoff, or marks the job failed when it has had all its attempts.</summary>
    /// <returns>Whether this runner gave the job up for good.</returns>
    public async Task<bool> FailedAsync(Job job, Exception error)
    {
        var now = time.GetUtcNow();
        var text = ErrorText.Of(error);
        if (job.Attempts >= job.MaxAttempts)
        {
            logger.LogError(error, "Job {Id} ({Type}) failed its last attempt ({Attempts}); it is dead", job.Id, job.Type, job.Attempts);
            return await UpdateAsync(job, set => Unlock(set)
                .SetProperty(j => j.Status, JobStatus.Failed)
                .SetProperty(j => j.CompletedAt, now)
                .SetProperty(j => j.LastError, text));
        }

        var retryAt = now + RetryBackoff.After(job.Attempts);
        logger.LogWarning(error, "Job {Id} ({Type}) failed attempt {Attempts} of {MaxAttempts}; retrying at {RetryAt}", job.Id, job.Type, job.Attempts, job.MaxAttempts, retryAt);
        await UpdateAsync(job, set => Unlock(set)
            .SetProperty(j => j.Status, JobStatus.Pending)
            .SetProperty(j => j.RunAt, retryAt)
            .SetProperty(j => j.LastError, text));
        return false;
    }

    /// <summary>Gives back a job interrupted by the host stopping; the interrupted attempt does not count.</summary>
    public Task<bool> ReleasedAsync(Job job) => UpdateAsync(job, set => Unlock(set)
        .SetProperty(j => j.Status, JobStatus.Pending)
        .SetProperty(j => j.Attempts, j => j.Attempts - 1));

    private static UpdateSettersBuilder<Job> Unlock(UpdateSettersBuilder<Job> set) => set
        .SetProperty(j => j.LockedBy, (string?)null)
        .SetProperty(j => j.LockedUntil, (DateTimeOffset?)null);

    /// <returns>Whether this runner still held the job, and so recorded the outcome.</returns>
    private async Task<bool> UpdateAsync(Job job, Action<UpdateSettersBuilder<Job>> set)
    {
        await using var scope = root.BeginLifetimeScope();
        var database = scope.Resolve<PlatformDbContext>();
        // Not cancelled by the host stopping: the outcome of work already done must be kept.
        var updated = await database.Jobs
            .Where(j => j.Id == job.Id && j.Status == JobStatus.Running && j.LockedBy == options.RunnerId)
            .ExecuteUpdateAsync(set, CancellationToken.None);
        if (updated == 0)
            logger.LogWarning("Job {Id} ({Type}) outlived its lease and was claimed again elsewhere; this run's outcome is dropped", job.Id, job.Type);
        return updated > 0;
    }
}

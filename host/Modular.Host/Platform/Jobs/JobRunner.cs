namespace Modular.Host.Platform.Jobs;

/// <summary>
/// Runs due jobs: polls (or is woken when this process schedules one), claims a batch, runs each with the handler
/// registered for its type, and records the outcome. Several instances may run side by side on PostgreSQL.
/// </summary>
internal sealed class JobRunner(JobClaim claim, JobOutcome outcome, JobHandlerCatalog handlers, JobOptions options, WakeSignal<JobRunner> signal, TimeProvider time, ILogger<JobRunner> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        signal.RunAsync(RunDueJobsAsync, options.BatchSize, options.Poll, time, logger, "jobs", stoppingToken);

    /// <summary>Claims the jobs due now, runs them concurrently and records their outcomes.</summary>
    /// <returns>How many jobs were claimed.</returns>
    public async Task<int> RunDueJobsAsync(CancellationToken stoppingToken)
    {
        var claimed = await claim.ClaimAsync(stoppingToken);
        await Task.WhenAll(claimed.Select(job => RunAsync(job, stoppingToken)));
        return claimed.Count;
    }

    private async Task RunAsync(Job job, CancellationToken stoppingToken)
    {
        JobHandlerLease? lease = null;
        try
        {
            lease = await handlers.FindAsync(job.Type, job.TenantId)
                ?? throw new InvalidOperationException($"No handler for job type '{job.Type}' is registered by the host or an active module.");
            await lease.Handler.RunAsync(job.Payload, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await outcome.ReleasedAsync(job);
            return;
        }
        catch (Exception e)
        {
            if (await outcome.FailedAsync(job, e) && lease is not null)
                await TellGaveUpAsync(lease, job, e);
            return;
        }
        finally
        {
            if (lease is not null)
                await lease.DisposeAsync();
        }
        await outcome.SucceededAsync(job);
    }

    private async Task TellGaveUpAsync(JobHandlerLease lease, Job job, Exception error)
    {
        try
        {
            await lease.Handler.GaveUpAsync(job.Payload, ErrorText.Of(error), CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogError(e, "The handler of job {Id} ({Type}) failed while being told the job was given up", job.Id, job.Type);
        }
    }
}

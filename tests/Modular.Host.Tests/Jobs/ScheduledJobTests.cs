using Autofac;
using Microsoft.EntityFrameworkCore;
using Modular.Host.Platform;
using Modular.Host.Platform.Jobs;
using Modular.Sdk.Platform;

namespace Modular.Host.Tests.Jobs;

public sealed class ScheduledJobTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("modular-jobs-").FullName;
    private readonly ManualTimeProvider time = new();

    [Fact]
    public async Task A_job_scheduled_for_later_does_not_run_before_its_time_and_runs_once_it_has_come()
    {
        var handler = new RecordingJobHandler("reports.send");
        await using var host = await StartAsync(handler);
        var id = await host.ScheduleAsync("reports.send", new { Report = 7 }, ManualTimeProvider.Start.AddMinutes(10));

        (await host.Runner.RunDueJobsAsync(CancellationToken.None)).ShouldBe(0);
        time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromMilliseconds(1));
        (await host.Runner.RunDueJobsAsync(CancellationToken.None)).ShouldBe(0);
        handler.Runs.ShouldBeEmpty();

        time.Advance(TimeSpan.FromMilliseconds(1));
        (await host.Runner.RunDueJobsAsync(CancellationToken.None)).ShouldBe(1);

        handler.Runs.ShouldBe(["""{"report":7}"""]);
        var job = await host.JobAsync(id);
        job.Status.ShouldBe(JobStatus.Succeeded);
        job.Attempts.ShouldBe(1);
        job.CompletedAt.ShouldBe(time.GetUtcNow());
        job.LockedBy.ShouldBeNull();
        (await host.Runner.RunDueJobsAsync(CancellationToken.None)).ShouldBe(0);
    }

    [Fact]
    public async Task A_job_scheduled_inside_a_transaction_on_the_platform_context_commits_or_rolls_back_with_it()
    {
        await using var host = await StartAsync(new RecordingJobHandler("welcome.send"));
        await using var scope = host.Container.BeginLifetimeScope();
        var platform = scope.Resolve<PlatformDbContext>();
        var scheduler = scope.Resolve<IJobScheduler>();

        await using (var abandoned = await platform.Database.BeginTransactionAsync())
        {
            await scheduler.ScheduleAsync("welcome.send", new { Tenant = "rolled back" });
            await abandoned.RollbackAsync();
        }
        Guid kept;
        await using (var committed = await platform.Database.BeginTransactionAsync())
        {
            kept = await scheduler.ScheduleAsync("welcome.send", new { Tenant = "committed" });
            (await host.JobsAsync()).ShouldBeEmpty("a job scheduled in a transaction is invisible until it commits");
            await committed.CommitAsync();
        }

        (await host.JobsAsync()).Select(j => j.Id).ShouldBe([kept]);
    }

    [Fact]
    public async Task Scheduling_a_job_wakes_this_process_runner_instead_of_leaving_it_to_its_next_poll()
    {
        await using var host = await StartAsync(new RecordingJobHandler("reports.send"));
        var signal = host.Container.Resolve<WakeSignal<JobRunner>>();
        using var stop = new CancellationTokenSource();

        await host.ScheduleAsync("reports.send", new { Report = 1 });
        var woken = signal.WaitAsync(TimeSpan.FromHours(1), TimeProvider.System, stop.Token);
        var asleep = signal.WaitAsync(TimeSpan.FromHours(1), TimeProvider.System, stop.Token);

        woken.IsCompleted.ShouldBeTrue();
        asleep.IsCompleted.ShouldBeFalse("one wake is consumed by one wait");
        await stop.CancelAsync();
        await asleep;
    }

    [Fact]
    public async Task A_job_that_no_active_handler_knows_fails_its_attempt_and_waits_for_a_retry()
    {
        await using var host = await StartAsync(new RecordingJobHandler("reports.send"));
        var id = await host.ScheduleAsync("crm.sync", new { Lead = 3 });

        (await host.Runner.RunDueJobsAsync(CancellationToken.None)).ShouldBe(1);

        var job = await host.JobAsync(id);
        job.Status.ShouldBe(JobStatus.Pending);
        job.LastError.ShouldNotBeNull().ShouldContain("No handler for job type 'crm.sync'");
        job.RunAt.ShouldBeGreaterThan(time.GetUtcNow());
    }

    private Task<WorkHost> StartAsync(RecordingJobHandler handler) =>
        WorkHost.StartAsync(WorkDatabase.Sqlite(Path.Combine(folder, "jobs.db")), time, builder => builder.RegisterInstance(handler).As<IJobHandler>());

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

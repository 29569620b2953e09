using Autofac;
using Modular.Host.Platform.Jobs;
using Modular.Sdk.Platform;

namespace Modular.Host.Tests.Jobs;

public sealed class LeaseTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("modular-jobs-").FullName;

    [Fact]
    public Task A_job_whose_runner_died_is_claimed_again_once_its_lease_has_expired() =>
        AbandonedJobIsClaimedAgainAsync(WorkDatabase.Sqlite(Path.Combine(folder, "jobs.db")));

    [Fact]
    public Task A_job_whose_runner_died_during_its_last_attempt_is_marked_failed_once_its_lease_has_expired() =>
        AbandonedLastAttemptIsBuriedAsync(WorkDatabase.Sqlite(Path.Combine(folder, "jobs.db")));

    internal static async Task AbandonedJobIsClaimedAgainAsync(Dictionary<string, string?> database)
    {
        var time = new ManualTimeProvider();
        var handler = new RecordingJobHandler("leads.score");
        await using var host = await WorkHost.StartAsync(database, time, builder => builder.RegisterInstance(handler).As<IJobHandler>());
        var abandoned = AbandonedJob(time, attempts: 1, maxAttempts: 10);
        await host.InsertAsync(abandoned);

        (await host.Runner.RunDueJobsAsync(CancellationToken.None)).ShouldBe(0, "the lease still holds");
        time.Advance(TimeSpan.FromMinutes(5));
        (await host.Runner.RunDueJobsAsync(CancellationToken.None)).ShouldBe(1);

        handler.Runs.ShouldBe(["""{"lead":9}"""]);
        var job = await host.JobAsync(abandoned.Id);
        job.Status.ShouldBe(JobStatus.Succeeded);
        job.Attempts.ShouldBe(2, "the attempt the dead runner made counts");
    }

    internal static async Task AbandonedLastAttemptIsBuriedAsync(Dictionary<string, string?> database)
    {
        var time = new ManualTimeProvider();
        var handler = new RecordingJobHandler("leads.score");
        await using var host = await WorkHost.StartAsync(database, time, builder => builder.RegisterInstance(handler).As<IJobHandler>());
        var abandoned = AbandonedJob(time, attempts: 3, maxAttempts: 3);
        await host.InsertAsync(abandoned);

        time.Advance(TimeSpan.FromMinutes(5));
        (await host.Runner.RunDueJobsAsync(CancellationToken.None)).ShouldBe(0);

        handler.Runs.ShouldBeEmpty();
        var job = await host.JobAsync(abandoned.Id);
        job.Status.ShouldBe(JobStatus.Failed);
        job.LastError.ShouldNotBeNull().ShouldContain("runner-that-died");
        job.LockedBy.ShouldBeNull();
    }

    /// <summary>A job as a runner leaves it when it dies mid-run: claimed, leased for five more minutes, never finished.</summary>
    private static Job AbandonedJob(ManualTimeProvider time, int attempts, int maxAttempts) => new()
    {
        Id = Guid.CreateVersion7(),
        Type = "leads.score",
        Payload = """{"lead":9}""",
        RunAt = time.GetUtcNow().AddMinutes(-1),
        Attempts = attempts,
        MaxAttempts = maxAttempts,
        Status = JobStatus.Running,
        LockedBy = "runner-that-died",
        LockedUntil = time.GetUtcNow().AddMinutes(5),
        CreatedAt = time.GetUtcNow().AddMinutes(-1),
    };

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

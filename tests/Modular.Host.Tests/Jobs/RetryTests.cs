using Autofac;
using Modular.Host.Platform.Jobs;
using Modular.Sdk.Platform;

namespace Modular.Host.Tests.Jobs;

public sealed class RetryTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("modular-jobs-").FullName;
    private readonly ManualTimeProvider time = new();

    [Fact]
    public async Task A_failing_job_is_retried_with_growing_delays_then_marked_failed_with_its_last_error()
    {
        var handler = new RecordingJobHandler("crm.push", (_, run) => throw new InvalidOperationException($"The CRM refused the lead (run {run})."));
        await using var host = await WorkHost.StartAsync(
            WorkDatabase.Sqlite(Path.Combine(folder, "jobs.db")), time,
            builder => builder.RegisterInstance(handler).As<IJobHandler>(),
            new Dictionary<string, string?> { ["Modular:Jobs:MaxAttempts"] = "4" });
        var id = await host.ScheduleAsync("crm.push", new { Lead = 42 });

        var delays = new List<TimeSpan>();
        for (var attempt = 1; attempt < 4; attempt++)
        {
            (await host.Runner.RunDueJobsAsync(CancellationToken.None)).ShouldBe(1);
            var waiting = await host.JobAsync(id);
            waiting.Status.ShouldBe(JobStatus.Pending);
            waiting.Attempts.ShouldBe(attempt);
            waiting.LastError.ShouldNotBeNull().ShouldContain($"The CRM refused the lead (run {attempt}).");
            delays.Add(waiting.RunAt - time.GetUtcNow());

            (await host.Runner.RunDueJobsAsync(CancellationToken.None)).ShouldBe(0, "a retry waits for its delay");
            handler.GaveUp.ShouldBeEmpty("the job has attempts left");
            time.Advance(waiting.RunAt - time.GetUtcNow());
        }
        (await host.Runner.RunDueJobsAsync(CancellationToken.None)).ShouldBe(1);

        var dead = await host.JobAsync(id);
        dead.Status.ShouldBe(JobStatus.Failed);
        dead.Attempts.ShouldBe(4);
        dead.CompletedAt.ShouldBe(time.GetUtcNow());
        dead.LastError.ShouldNotBeNull().ShouldContain("InvalidOperationException: The CRM refused the lead (run 4).");
        handler.Runs.Count.ShouldBe(4);
        handler.GaveUp.ShouldHaveSingleItem().ShouldContain("The CRM refused the lead (run 4).", Case.Sensitive, "the handler hears once that its job was given up");
        for (var i = 0; i < delays.Count; i++)
        {
            var full = RetryBackoff.First * Math.Pow(2, i);
            // Times are stored to a tenth of a millisecond on SQLite.
            delays[i].ShouldBeInRange(full * (1 - RetryBackoff.Jitter) - TimeSpan.FromMilliseconds(1), full);
        }
        delays.Zip(delays.Skip(1)).ShouldAllBe(pair => pair.Second > pair.First, "each retry waits longer than the one before");

        time.Advance(TimeSpan.FromDays(1));
        (await host.Runner.RunDueJobsAsync(CancellationToken.None)).ShouldBe(0, "a dead job is not run again");
    }

    [Fact]
    public void Backoff_doubles_from_five_seconds_up_to_an_hour_and_jitter_never_breaks_the_growth()
    {
        RetryBackoff.After(1, random: 0).ShouldBe(TimeSpan.FromSeconds(5));
        RetryBackoff.After(2, random: 0).ShouldBe(TimeSpan.FromSeconds(10));
        RetryBackoff.After(30, random: 0).ShouldBe(TimeSpan.FromHours(1));
        for (var attempts = 1; RetryBackoff.After(attempts, random: 0) < RetryBackoff.Cap; attempts++)
            RetryBackoff.After(attempts + 1, random: 0.999999).ShouldBeGreaterThan(RetryBackoff.After(attempts, random: 0));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

using Autofac;
using MediatR;
using Modular.Host.Platform.Jobs;
using Modular.Host.Tests.Outbox;
using Modular.Sdk.Platform;

namespace Modular.Host.Tests.Jobs;

/// <summary>
/// A process killed mid-work leaves its claims behind in the database. The same database opened by a fresh
/// process (a new container, a new runner id) picks up what was pending at once and what was claimed once the
/// dead process's leases run out.
/// </summary>
public sealed class RestartTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("modular-restart-").FullName;
    private readonly ManualTimeProvider time = new();

    [Fact]
    public async Task Work_pending_or_claimed_by_a_killed_process_resumes_in_the_next_one()
    {
        var database = WorkDatabase.Sqlite(Path.Combine(folder, "modular.db"));
        var hang = new TaskCompletionSource();
        var (hangingJob, pendingJob, hangingEvent, pendingEvent) = await RunUntilKilledAsync(database, hang);

        var handler = new RecordingJobHandler("leads.contact");
        var consumer = new RecordingConsumer();
        await using var restarted = await WorkHost.StartAsync(database, time, builder =>
        {
            builder.RegisterInstance(handler).As<IJobHandler>();
            builder.RegisterInstance(consumer).As<INotificationHandler<OrderPlaced>>();
        }, new Dictionary<string, string?> { ["Modular:Jobs:RunnerId"] = "restarted" });

        (await restarted.Runner.RunDueJobsAsync(CancellationToken.None)).ShouldBe(1);
        (await restarted.Dispatcher.DispatchDueAsync(CancellationToken.None)).ShouldBe(1);
        handler.Runs.ShouldBe(["""{"lead":"pending"}"""]);
        consumer.ActedOn.Select(e => e.EventId).ShouldBe([pendingEvent]);

        time.Advance(TimeSpan.FromMinutes(5));
        (await restarted.Runner.RunDueJobsAsync(CancellationToken.None)).ShouldBe(1);
        (await restarted.Dispatcher.DispatchDueAsync(CancellationToken.None)).ShouldBe(1);

        handler.Runs.ShouldBe(["""{"lead":"pending"}""", """{"lead":"hanging"}"""]);
        consumer.ActedOn.Select(e => e.EventId).ShouldBe([pendingEvent, hangingEvent]);
        (await restarted.JobsAsync()).ShouldAllBe(j => j.Status == JobStatus.Succeeded);
        (await restarted.JobsAsync()).Select(j => j.Id).ShouldBe([hangingJob, pendingJob], ignoreOrder: true);
        (await restarted.OutboxAsync()).ShouldAllBe(m => m.DispatchedAt != null);
        hang.SetResult();
    }

    /// <summary>
    /// The first process claims one job and one message and hangs in both, has one more of each pending, and dies:
    /// its container is disposed while its handler and consumer are still running, so it never records an outcome.
    /// </summary>
    private async Task<(Guid HangingJob, Guid PendingJob, Guid HangingEvent, Guid PendingEvent)> RunUntilKilledAsync(Dictionary<string, string?> database, TaskCompletionSource hang)
    {
        var started = new TaskCompletionSource();
        var killed = await WorkHost.StartAsync(database, time, builder =>
        {
            builder.RegisterInstance(new RecordingJobHandler("leads.contact", (_, _) => { started.TrySetResult(); return hang.Task; })).As<IJobHandler>();
            builder.RegisterInstance(new HangingConsumer(hang.Task)).As<INotificationHandler<OrderPlaced>>();
        }, new Dictionary<string, string?> { ["Modular:Jobs:RunnerId"] = "killed" });

        var hangingJob = await killed.ScheduleAsync("leads.contact", new { Lead = "hanging" });
        _ = killed.Runner.RunDueJobsAsync(CancellationToken.None);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var hangingEvent = (await DispatcherTests.PlaceAsync(killed, "hanging")).EventId;
        _ = killed.Dispatcher.DispatchDueAsync(CancellationToken.None);
        await WaitUntilAsync(async () => (await killed.OutboxAsync()).Single().Attempts == 1);

        var pendingJob = await killed.ScheduleAsync("leads.contact", new { Lead = "pending" });
        var pendingEvent = (await DispatcherTests.PlaceAsync(killed, "pending")).EventId;
        await killed.DisposeAsync();
        return (hangingJob, pendingJob, hangingEvent, pendingEvent);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!await condition())
            await Task.Delay(10, patience.Token);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

/// <summary>A consumer that never returns, as one caught in the middle of its work when the process dies.</summary>
internal sealed class HangingConsumer(Task forever) : INotificationHandler<OrderPlaced>
{
    public Task Handle(OrderPlaced notification, CancellationToken cancellationToken) => forever;
}

using Autofac;
using MediatR;
using Modular.Host.Platform;
using Modular.Host.Platform.Jobs;
using Modular.Host.Platform.Outbox;
using Modular.Host.Tests.Jobs;
using Modular.Sdk.Events;
using Modular.Sdk.Platform;

namespace Modular.Host.Tests.Outbox;

public sealed class DispatcherTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("modular-outbox-").FullName;
    private readonly ManualTimeProvider time = new();

    [Fact]
    public async Task A_message_is_delivered_again_after_a_consumer_fails_and_a_consumer_deduping_by_event_id_acts_on_it_once()
    {
        var deduping = new RecordingConsumer();
        await using var host = await WorkHost.StartAsync(WorkDatabase.Sqlite(Path.Combine(folder, "outbox.db")), time, builder =>
        {
            // MediatR calls them in this order: the deduping consumer has acted when the flaky one fails.
            builder.RegisterInstance(deduping).As<INotificationHandler<OrderPlaced>>();
            builder.RegisterInstance(new FlakyConsumer(failures: 1)).As<INotificationHandler<OrderPlaced>>();
        });
        var placed = await PlaceAsync(host, "Lead pack");

        (await host.Dispatcher.DispatchDueAsync(CancellationToken.None)).ShouldBe(1);
        var failed = (await host.OutboxAsync()).ShouldHaveSingleItem();
        failed.DispatchedAt.ShouldBeNull();
        failed.LastError.ShouldNotBeNull().ShouldContain("The analytics store did not answer.");
        var delay = failed.NextAttemptAt - time.GetUtcNow();
        delay.ShouldBeInRange(RetryBackoff.First * (1 - RetryBackoff.Jitter) - TimeSpan.FromMilliseconds(1), RetryBackoff.First);
        (await host.Dispatcher.DispatchDueAsync(CancellationToken.None)).ShouldBe(0, "a retry waits for its backoff");

        time.Advance(delay);
        (await host.Dispatcher.DispatchDueAsync(CancellationToken.None)).ShouldBe(1);

        var delivered = (await host.OutboxAsync()).ShouldHaveSingleItem();
        delivered.DispatchedAt.ShouldBe(time.GetUtcNow());
        delivered.Attempts.ShouldBe(2);
        delivered.LastError.ShouldBeNull();
        deduping.Deliveries[placed.EventId].ShouldBe(2, "at least once: the failed attempt had reached it already");
        deduping.ActedOn.ShouldHaveSingleItem().ShouldBe(placed);
        (await host.Dispatcher.DispatchDueAsync(CancellationToken.None)).ShouldBe(0, "a dispatched message is not sent again");
    }

    [Fact]
    public async Task Messages_are_published_oldest_first_as_the_events_they_were()
    {
        var consumer = new RecordingConsumer();
        await using var host = await WorkHost.StartAsync(WorkDatabase.Sqlite(Path.Combine(folder, "outbox.db")), time,
            builder => builder.RegisterInstance(consumer).As<INotificationHandler<OrderPlaced>>());
        var placed = new List<OrderPlaced>();
        foreach (var item in new[] { "first", "second", "third" })
        {
            placed.Add(await PlaceAsync(host, item));
            time.Advance(TimeSpan.FromSeconds(1));
        }

        (await host.Dispatcher.DispatchDueAsync(CancellationToken.None)).ShouldBe(3);

        consumer.ActedOn.ShouldBe(placed);
    }

    [Fact]
    public async Task A_commit_that_stores_events_wakes_this_process_dispatcher()
    {
        await using var host = await WorkHost.StartAsync(WorkDatabase.Sqlite(Path.Combine(folder, "outbox.db")), time);
        var signal = host.Container.Resolve<WakeSignal<OutboxDispatcher>>();
        using var stop = new CancellationTokenSource();

        await PlaceAsync(host, "Lead pack");
        var woken = signal.WaitAsync(TimeSpan.FromHours(1), TimeProvider.System, stop.Token);
        var asleep = signal.WaitAsync(TimeSpan.FromHours(1), TimeProvider.System, stop.Token);

        woken.IsCompleted.ShouldBeTrue();
        asleep.IsCompleted.ShouldBeFalse();
        await stop.CancelAsync();
        await asleep;
    }

    [Fact]
    public async Task Events_about_one_thing_are_published_one_at_a_time_in_order_and_events_about_different_things_side_by_side()
    {
        var consumer = new StepConsumer(meetAt: 1);
        await using var host = await WorkHost.StartAsync(WorkDatabase.Sqlite(Path.Combine(folder, "outbox.db")), time,
            builder => builder.RegisterInstance(consumer).As<INotificationHandler<OrderStepped>>());
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        for (var step = 1; step <= 3; step++)
        {
            await RaiseAsync(host, new OrderStepped(first, step) { OccurredAt = time.GetUtcNow() });
            await RaiseAsync(host, new OrderStepped(second, step) { OccurredAt = time.GetUtcNow() });
            time.Advance(TimeSpan.FromSeconds(1));
        }

        (await host.Dispatcher.DispatchDueAsync(CancellationToken.None)).ShouldBe(6);

        consumer.StepsOf(first).ShouldBe([1, 2, 3]);
        consumer.StepsOf(second).ShouldBe([1, 2, 3]);
        consumer.MostAtOnceForOneOrder.ShouldBe(1);
        consumer.Met.ShouldBeTrue("the two orders' first steps were in their handlers at the same time");
        (await host.OutboxAsync()).ShouldAllBe(m => m.DispatchedAt != null);
    }

    [Fact]
    public async Task Several_dispatchers_sharing_a_sqlite_file_deliver_each_message_once()
    {
        var consumer = new RecordingConsumer();
        await using var host = await WorkHost.StartAsync(WorkDatabase.Sqlite(Path.Combine(folder, "outbox.db")), time,
            builder => builder.RegisterInstance(consumer).As<INotificationHandler<OrderPlaced>>(),
            new Dictionary<string, string?> { ["Modular:Outbox:BatchSize"] = "4" });
        var placed = new List<Guid>();
        for (var n = 0; n < 60; n++)
            placed.Add((await PlaceAsync(host, $"item {n}")).EventId);

        // Three dispatchers claiming side by side, as if three processes shared the file.
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            while (await host.Dispatcher.DispatchDueAsync(CancellationToken.None) > 0)
            {
            }
        })));

        consumer.Deliveries.Keys.ShouldBe(placed, ignoreOrder: true);
        consumer.Deliveries.Values.ShouldAllBe(count => count == 1);
        (await host.OutboxAsync()).ShouldAllBe(m => m.DispatchedAt != null && m.Attempts == 1);
    }

    internal static Task<OrderPlaced> PlaceAsync(WorkHost host, string item) =>
        RaiseAsync(host, new OrderPlaced(Guid.NewGuid(), item) { OccurredAt = host.Container.Resolve<TimeProvider>().GetUtcNow() });

    /// <summary>Raises an event from the platform's own context, as host code (tenant sign-up, say) would.</summary>
    private static async Task<TEvent> RaiseAsync<TEvent>(WorkHost host, TEvent raised)
        where TEvent : IntegrationEvent
    {
        await using var scope = host.Container.BeginLifetimeScope();
        var platform = scope.Resolve<PlatformDbContext>();
        await using var transaction = await platform.Database.BeginTransactionAsync();
        scope.Resolve<IOutbox>().Add(raised);
        await transaction.CommitAsync();
        return raised;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

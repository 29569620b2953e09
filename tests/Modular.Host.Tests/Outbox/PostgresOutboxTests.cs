using System.Collections.Concurrent;
using Autofac;
using MediatR;
using Modular.Host.Tests.Infrastructure;
using Modular.Host.Tests.Jobs;
using Modular.Testing.Postgres;

namespace Modular.Host.Tests.Outbox;

/// <summary>The outbox on PostgreSQL: the module's schema and the platform's, one transaction; several dispatchers, one delivery each.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresOutboxTests(PostgresCluster postgres)
{
    [PostgresFact]
    public async Task A_state_change_saved_by_the_modules_own_context_and_its_event_are_stored_together() =>
        await AtomicityTests.SaveChangesStoresBothAsync(WorkDatabase.Postgres(await postgres.CreateDatabaseAsync()));

    [PostgresFact]
    public async Task A_rolled_back_transaction_leaves_neither_the_state_change_nor_its_event() =>
        await AtomicityTests.RollbackStoresNeitherAsync(WorkDatabase.Postgres(await postgres.CreateDatabaseAsync()));

    [PostgresFact]
    public async Task Two_dispatchers_on_one_database_deliver_each_of_100_messages_once()
    {
        var database = WorkDatabase.Postgres(await postgres.CreateDatabaseAsync());
        var time = new ManualTimeProvider();
        var consumer = new RecordingConsumer();
        var byDispatcher = new ConcurrentDictionary<string, int>();
        await using var first = await StartAsync(database, time, consumer, "a", byDispatcher);
        await using var second = await StartAsync(database, time, consumer, "b", byDispatcher);
        var placed = new List<Guid>();
        for (var n = 0; n < 100; n++)
            placed.Add((await DispatcherTests.PlaceAsync(first, $"item {n}")).EventId);

        using var bothReady = new Barrier(2);
        await Task.WhenAll(DrainAsync(first, bothReady), DrainAsync(second, bothReady));

        consumer.Deliveries.Keys.ShouldBe(placed, ignoreOrder: true);
        consumer.Deliveries.Values.ShouldAllBe(count => count == 1);
        byDispatcher.Keys.Order().ToList().ShouldBe(new List<string> { "a", "b" }, "both dispatchers took part, so their claims did compete");
        (await first.OutboxAsync()).ShouldAllBe(m => m.DispatchedAt != null && m.Attempts == 1);
    }

    private static Task<WorkHost> StartAsync(Dictionary<string, string?> database, TimeProvider time, RecordingConsumer consumer, string name, ConcurrentDictionary<string, int> byDispatcher) =>
        WorkHost.StartAsync(database, time, builder =>
        {
            builder.RegisterInstance(consumer).As<INotificationHandler<OrderPlaced>>();
            builder.RegisterInstance(new CountingConsumer(name, byDispatcher)).As<INotificationHandler<OrderPlaced>>();
        }, new Dictionary<string, string?> { ["Modular:Outbox:BatchSize"] = "5" });

    private static Task DrainAsync(WorkHost host, Barrier bothReady) => Task.Run(async () =>
    {
        bothReady.SignalAndWait();
        while (await host.Dispatcher.DispatchDueAsync(CancellationToken.None) > 0)
        {
        }
    });

    /// <summary>Tells which dispatcher delivered, and slows it enough for the other to claim meanwhile.</summary>
    private sealed class CountingConsumer(string name, ConcurrentDictionary<string, int> byDispatcher) : INotificationHandler<OrderPlaced>
    {
        public Task Handle(OrderPlaced notification, CancellationToken cancellationToken)
        {
            byDispatcher.AddOrUpdate(name, 1, (_, count) => count + 1);
            return Task.Delay(2, cancellationToken);
        }
    }
}

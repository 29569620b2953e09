using Autofac;
using Microsoft.EntityFrameworkCore;
using Modular.Host.Tests.Jobs;
using Modular.Sdk.Platform;

namespace Modular.Host.Tests.Outbox;

/// <summary>An event added to the outbox is stored if and only if the module's state change is, though the two live in different DbContexts.</summary>
public sealed class AtomicityTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("modular-outbox-").FullName;

    [Fact]
    public Task A_state_change_saved_by_the_modules_own_context_and_its_event_are_stored_together() =>
        SaveChangesStoresBothAsync(WorkDatabase.Sqlite(Path.Combine(folder, "shop.db")));

    [Fact]
    public Task A_rolled_back_transaction_leaves_neither_the_state_change_nor_its_event() =>
        RollbackStoresNeitherAsync(WorkDatabase.Sqlite(Path.Combine(folder, "shop.db")));

    [Fact]
    public async Task A_failed_save_stores_no_event_and_a_later_commit_in_another_unit_of_work_does_not_pick_it_up()
    {
        var time = new ManualTimeProvider();
        await using var host = await WorkHost.StartAsync(WorkDatabase.Sqlite(Path.Combine(folder, "shop.db")), time);
        var module = await ShopModule.LoadAsync(host);
        var existing = Guid.NewGuid();
        await PlaceAsync(module, existing, "first", time);

        await using (var request = module.BeginLifetimeScope())
        {
            var shop = request.Resolve<ShopDbContext>();
            shop.Orders.Add(new Order { Id = existing, Item = "duplicate" });
            request.Resolve<IOutbox>().Add(new OrderPlaced(existing, "duplicate") { OccurredAt = time.GetUtcNow() });
            await Should.ThrowAsync<DbUpdateException>(() => shop.SaveChangesAsync());
        }
        await PlaceAsync(module, Guid.NewGuid(), "second", time);

        (await host.OutboxAsync()).Select(m => m.Payload).ShouldAllBe(payload => !payload.Contains("duplicate"));
        (await host.OutboxAsync()).Count.ShouldBe(2);
        await module.DisposeAsync();
    }

    internal static async Task SaveChangesStoresBothAsync(Dictionary<string, string?> database)
    {
        var time = new ManualTimeProvider();
        await using var host = await WorkHost.StartAsync(database, time);
        var module = await ShopModule.LoadAsync(host);
        var tenant = Guid.NewGuid();
        var orderId = Guid.NewGuid();
        OrderPlaced placed;

        await using (var request = module.BeginLifetimeScope())
        {
            // How a module uses it: change its state, add the event, save its own context. Nothing else.
            var shop = request.Resolve<ShopDbContext>();
            shop.Orders.Add(new Order { Id = orderId, Item = "Qualification pack" });
            placed = new OrderPlaced(orderId, "Qualification pack") { OccurredAt = time.GetUtcNow(), TenantId = tenant };
            request.Resolve<IOutbox>().Add(placed);
            await shop.SaveChangesAsync();
        }

        (await ShopModule.OrdersAsync(module)).Select(o => o.Id).ShouldBe([orderId]);
        var message = (await host.OutboxAsync()).ShouldHaveSingleItem();
        message.Id.ShouldBe(placed.EventId);
        message.Type.ShouldBe($"{typeof(OrderPlaced).FullName}, {typeof(OrderPlaced).Assembly.GetName().Name}");
        message.TenantId.ShouldBe(tenant);
        message.OccurredAt.ShouldBe(time.GetUtcNow());
        message.NextAttemptAt.ShouldBe(time.GetUtcNow());
        message.DispatchedAt.ShouldBeNull();
        message.Payload.ShouldContain(orderId.ToString());
        await module.DisposeAsync();
    }

    internal static async Task RollbackStoresNeitherAsync(Dictionary<string, string?> database)
    {
        var time = new ManualTimeProvider();
        await using var host = await WorkHost.StartAsync(database, time);
        var module = await ShopModule.LoadAsync(host);
        var kept = Guid.NewGuid();

        await using (var request = module.BeginLifetimeScope())
        {
            var shop = request.Resolve<ShopDbContext>();
            var outbox = request.Resolve<IOutbox>();
            await using (var transaction = await shop.Database.BeginTransactionAsync())
            {
                var orderId = Guid.NewGuid();
                shop.Orders.Add(new Order { Id = orderId, Item = "abandoned" });
                await shop.SaveChangesAsync();
                outbox.Add(new OrderPlaced(orderId, "abandoned") { OccurredAt = time.GetUtcNow() });
                await transaction.RollbackAsync();
            }
            shop.ChangeTracker.Clear();

            // The same unit of work goes on and commits something else: the discarded event must not ride along.
            await using (var transaction = await shop.Database.BeginTransactionAsync())
            {
                shop.Orders.Add(new Order { Id = kept, Item = "kept" });
                await shop.SaveChangesAsync();
                outbox.Add(new OrderPlaced(kept, "kept") { OccurredAt = time.GetUtcNow() });
                await transaction.CommitAsync();
            }
        }

        (await ShopModule.OrdersAsync(module)).Select(o => o.Item).ShouldBe(["kept"]);
        (await host.OutboxAsync()).ShouldHaveSingleItem().Payload.ShouldContain(kept.ToString());
        await module.DisposeAsync();
    }

    private static async Task PlaceAsync(ILifetimeScope module, Guid orderId, string item, TimeProvider time)
    {
        await using var request = module.BeginLifetimeScope();
        var shop = request.Resolve<ShopDbContext>();
        shop.Orders.Add(new Order { Id = orderId, Item = item });
        request.Resolve<IOutbox>().Add(new OrderPlaced(orderId, item) { OccurredAt = time.GetUtcNow() });
        await shop.SaveChangesAsync();
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

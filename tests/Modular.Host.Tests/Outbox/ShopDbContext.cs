using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Data;

namespace Modular.Host.Tests.Outbox;

/// <summary>A module's own context, as a module would write it: its state changes are what the outbox must commit with.</summary>
internal sealed class ShopDbContext(DbContextOptions<ShopDbContext> options) : ModuleDbContext(options, ModuleName)
{
    public const string ModuleName = "tests.shop";

    public DbSet<Order> Orders => Set<Order>();

    protected override void BuildModel(ModelBuilder modelBuilder) => modelBuilder.Entity<Order>(order =>
    {
        order.ToTable("orders");
        order.HasKey(o => o.Id);
        order.Property(o => o.Item).HasMaxLength(100);
    });
}

internal sealed class Order
{
    public Guid Id { get; init; }
    public required string Item { get; init; }
}

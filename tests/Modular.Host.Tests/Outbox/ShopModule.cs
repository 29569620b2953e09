using Autofac;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Modular.Host.Tests.Jobs;
using Modular.Sdk.Data;

namespace Modular.Host.Tests.Outbox;

/// <summary>The shop "module": its context registered in a scope of its own, as the module runtime registers a module's, with its table created.</summary>
internal static class ShopModule
{
    public static async Task<ILifetimeScope> LoadAsync(WorkHost host)
    {
        var module = host.Container.BeginLifetimeScope(builder => builder.RegisterModuleDbContext<ShopDbContext>(ShopDbContext.ModuleName));
        await using var scope = module.BeginLifetimeScope();
        await scope.Resolve<ShopDbContext>().GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
        return module;
    }

    public static async Task<List<Order>> OrdersAsync(ILifetimeScope module)
    {
        await using var scope = module.BeginLifetimeScope();
        return await scope.Resolve<ShopDbContext>().Orders.AsNoTracking().ToListAsync();
    }
}

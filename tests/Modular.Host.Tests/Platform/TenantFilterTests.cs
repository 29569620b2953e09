using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Modular.Host.Data;
using Modular.Host.Platform;
using Modular.Sdk.Data;

namespace Modular.Host.Tests.Platform;

public sealed class TenantFilterTests
{
    [Fact]
    public void Every_tenant_owned_entity_of_the_platform_is_filtered_to_the_current_tenant()
    {
        var options = DatabaseOptions.From(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Modular"] = "Data Source=:memory:" }).Build());
        var database = new ModuleDatabase(options);
        var builder = new DbContextOptionsBuilder<PlatformDbContext>();
        database.Configure(builder, PlatformDbContext.Id, database.CreateInternalServiceProvider());
        using var context = new PlatformDbContext(builder.Options);

        var owned = context.Model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)).ToList();

        owned.ShouldNotBeEmpty();
        owned.Where(e => !e.GetDeclaredQueryFilters().Any()).Select(e => e.ClrType.Name).ShouldBeEmpty();
    }
}

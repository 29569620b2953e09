using Microsoft.EntityFrameworkCore;
using Modular.Modules.Messaging.Data;
using Modular.Sdk.Data;
using Modular.Sdk.Platform;

namespace Modular.Modules.Messaging.Tests.Data;

public sealed class TenantFilterTests
{
    [Fact]
    public void Every_messaging_entity_is_tenant_owned_and_filtered_to_the_current_tenant()
    {
        using var context = new MessagingDbContext(ModuleContextOptions.Sqlite<MessagingDbContext>(Path.Combine(Path.GetTempPath(), "unused.db"), MessagingDbContext.ModuleId), new OneTenant());

        var entities = context.Model.GetEntityTypes().ToList();

        entities.Select(e => e.GetTableName()).Order().ShouldBe(["messaging_channels", "messaging_messages", "messaging_suppressions"]);
        entities.ShouldAllBe(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType), "every Messaging table holds one tenant's rows");
        entities.ShouldAllBe(e => e.GetDeclaredQueryFilters().Any(), "a tenant-owned entity without the filter would leak across tenants");
    }

    private sealed class OneTenant : ICurrentTenant
    {
        public Guid? TenantId { get; } = Guid.NewGuid();
    }
}

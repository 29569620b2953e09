using Microsoft.EntityFrameworkCore;
using Modular.Modules.Webhooks.Data;
using Modular.Sdk.Data;
using Modular.Sdk.Platform;

namespace Modular.Modules.Webhooks.Tests.Data;

public sealed class TenantFilterTests
{
    [Fact]
    public void Every_webhooks_entity_is_tenant_owned_and_filtered_to_the_current_tenant()
    {
        using var context = new WebhooksDbContext(ModuleContextOptions.Sqlite<WebhooksDbContext>(Path.Combine(Path.GetTempPath(), "unused.db"), WebhooksDbContext.ModuleId), new OneTenant());

        var entities = context.Model.GetEntityTypes().ToList();

        // Endpoints, messages and attempts at least; an empty model would pass the checks below vacuously.
        entities.Count.ShouldBeGreaterThanOrEqualTo(3);
        entities.ShouldAllBe(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType), "every Webhooks table holds one tenant's rows");
        entities.ShouldAllBe(e => e.GetDeclaredQueryFilters().Any(), "a tenant-owned entity without the filter would leak across tenants");
    }

    private sealed class OneTenant : ICurrentTenant
    {
        public Guid? TenantId { get; } = Guid.NewGuid();
    }
}

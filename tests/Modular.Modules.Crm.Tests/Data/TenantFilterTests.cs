using Microsoft.EntityFrameworkCore;
using Modular.Modules.Crm.Data;
using Modular.Sdk.Data;
using Modular.Sdk.Platform;

namespace Modular.Modules.Crm.Tests.Data;

public sealed class TenantFilterTests
{
    [Fact]
    public void Every_crm_entity_is_tenant_owned_and_filtered_to_the_current_tenant()
    {
        using var context = new CrmDbContext(ModuleContextOptions.Sqlite<CrmDbContext>(Path.Combine(Path.GetTempPath(), "unused.db"), CrmDbContext.ModuleId), new OneTenant());

        var entities = context.Model.GetEntityTypes().ToList();

        entities.Select(e => e.GetTableName()).Order().ShouldBe(["crm_connectors", "crm_syncs"]);
        entities.ShouldAllBe(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType), "every Crm table holds one tenant's rows");
        entities.ShouldAllBe(e => e.GetDeclaredQueryFilters().Any(), "a tenant-owned entity without the filter would leak across tenants");
    }

    private sealed class OneTenant : ICurrentTenant
    {
        public Guid? TenantId { get; } = Guid.NewGuid();
    }
}

using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Sdk.Data;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Tests.Data;

public sealed class TenantFilterTests
{
    [Fact]
    public void Every_leads_entity_is_tenant_owned_and_filtered_to_the_current_tenant()
    {
        using var context = new LeadsDbContext(ModuleContextOptions.Sqlite<LeadsDbContext>(Path.Combine(Path.GetTempPath(), "unused.db"), LeadsDbContext.ModuleId), new OneTenant());

        var entities = context.Model.GetEntityTypes().ToList();

        entities.Count.ShouldBeGreaterThanOrEqualTo(8);
        entities.ShouldAllBe(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType), "every Leads table holds one tenant's rows");
        entities.ShouldAllBe(e => e.GetDeclaredQueryFilters().Any(), "a tenant-owned entity without the filter would leak across tenants");
    }

    private sealed class OneTenant : ICurrentTenant
    {
        public Guid? TenantId { get; } = Guid.NewGuid();
    }
}

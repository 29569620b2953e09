using Microsoft.EntityFrameworkCore;
using Modular.Host.Tests.Data;
using Modular.Sdk.Data;

namespace Modular.Host.Tests.Platform;

public sealed class TenantFilterTests
{
    [Theory]
    [MemberData(nameof(SchemaMatchesModelTests.Contexts), MemberType = typeof(SchemaMatchesModelTests))]
    public void Every_tenant_owned_entity_is_filtered_to_the_current_tenant(string context)
    {
        using var db = ContextFactory.HostContexts[context](ContextFactory.Sqlite(":memory:"));

        var unfiltered = db.Model.GetEntityTypes()
            .Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType) && !e.GetDeclaredQueryFilters().Any())
            .Select(e => e.ClrType.Name);

        unfiltered.ShouldBeEmpty();
    }

    [Fact]
    public void The_platform_has_tenant_owned_entities_so_the_check_above_checks_something()
    {
        using var db = ContextFactory.HostContexts["platform"](ContextFactory.Sqlite(":memory:"));

        db.Model.GetEntityTypes().ShouldContain(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType) && e.GetDeclaredQueryFilters().Any());
    }
}

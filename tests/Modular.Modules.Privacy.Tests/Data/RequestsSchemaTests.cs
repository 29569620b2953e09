using Microsoft.EntityFrameworkCore;
using Modular.Modules.Privacy.Data;
using Modular.Modules.Privacy.Tests.Infrastructure;
using Modular.Sdk.Data;
using Modular.Sdk.Platform;
using Modular.Testing.Postgres;

namespace Modular.Modules.Privacy.Tests.Data;

[Collection(PostgresCollection.Name)]
public sealed class SchemaMatchesModelTests(PostgresCluster postgres) : MigrationsMatchModelTests(postgres, PrivacyDbContext.ModuleId)
{
    protected override DbContext OnSqlite(string path) => Context(ModuleContextOptions.Sqlite<PrivacyDbContext>(path, PrivacyDbContext.ModuleId));

    protected override DbContext OnPostgres(string connectionString) => Context(ModuleContextOptions.Postgres<PrivacyDbContext>(connectionString, PrivacyDbContext.ModuleId));

    private static PrivacyDbContext Context(DbContextOptions<PrivacyDbContext> options) => new(options, new NoTenant());
}

public sealed class TenantFilterTests
{
    [Fact]
    public void Every_privacy_entity_is_tenant_owned_and_filtered_to_the_current_tenant()
    {
        using var context = new PrivacyDbContext(ModuleContextOptions.Sqlite<PrivacyDbContext>(Path.Combine(Path.GetTempPath(), "unused.db"), PrivacyDbContext.ModuleId), new OneTenant());

        var entities = context.Model.GetEntityTypes().ToList();

        entities.Count.ShouldBeGreaterThanOrEqualTo(2);
        entities.ShouldAllBe(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType), "every Privacy table holds one tenant's rows");
        entities.ShouldAllBe(e => e.GetDeclaredQueryFilters().Any(), "a tenant-owned entity without the filter would leak across tenants");
    }

    private sealed class OneTenant : ICurrentTenant
    {
        public Guid? TenantId { get; } = Guid.NewGuid();
    }
}

using Microsoft.EntityFrameworkCore;
using Modular.Modules.Qualification.Data;
using Modular.Modules.Qualification.Tests.Infrastructure;
using Modular.Sdk.Data;
using Modular.Testing.Postgres;

namespace Modular.Modules.Qualification.Tests.Data;

[Collection(PostgresCollection.Name)]
public sealed class SchemaMatchesModelTests(PostgresCluster postgres) : MigrationsMatchModelTests(postgres, QualificationDbContext.ModuleId)
{
    [Fact]
    public void Every_qualification_entity_is_tenant_owned_and_filtered_to_the_current_tenant()
    {
        using var context = Context(ModuleContextOptions.Sqlite<QualificationDbContext>(Path.Combine(Folder, "filters.db"), QualificationDbContext.ModuleId));

        var entities = context.Model.GetEntityTypes().ToList();

        entities.Count.ShouldBeGreaterThanOrEqualTo(6);
        entities.ShouldAllBe(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType), "every Qualification table holds one tenant's rows");
        entities.ShouldAllBe(e => e.GetDeclaredQueryFilters().Any(), "a tenant-owned entity without the filter would leak across tenants");
    }

    protected override DbContext OnSqlite(string path) => Context(ModuleContextOptions.Sqlite<QualificationDbContext>(path, QualificationDbContext.ModuleId));

    protected override DbContext OnPostgres(string connectionString) => Context(ModuleContextOptions.Postgres<QualificationDbContext>(connectionString, QualificationDbContext.ModuleId));

    private static QualificationDbContext Context(DbContextOptions<QualificationDbContext> options) => new(options, new NoTenant());
}

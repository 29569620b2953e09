using Modular.Modules.Qualification.Data;
using Modular.Modules.Qualification.Tests.Infrastructure;
using Modular.Sdk.Data;
using Modular.Sdk.Platform;
using Modular.Testing.Postgres;

namespace Modular.Modules.Qualification.Tests.Data;

[Collection(PostgresCollection.Name)]
public sealed class SchemaMatchesModelTests(PostgresCluster postgres) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("modular-qualification-schema-").FullName;

    [Fact]
    public async Task On_sqlite_the_qualification_migrations_build_the_model()
    {
        await using var migrated = Context(ModuleContextOptions.Sqlite<QualificationDbContext>(Path.Combine(folder, "migrated.db"), QualificationDbContext.ModuleId));
        await using var fromModel = Context(ModuleContextOptions.Sqlite<QualificationDbContext>(Path.Combine(folder, "model.db"), QualificationDbContext.ModuleId));
        await SchemaComparison.MigrationsShouldMatchModelAsync(migrated, fromModel, QualificationDbContext.ModuleId);
    }

    [PostgresFact]
    public async Task On_postgres_the_qualification_migrations_build_the_model_in_its_schema()
    {
        await using var migrated = Context(ModuleContextOptions.Postgres<QualificationDbContext>(await postgres.CreateDatabaseAsync(), QualificationDbContext.ModuleId));
        await using var fromModel = Context(ModuleContextOptions.Postgres<QualificationDbContext>(await postgres.CreateDatabaseAsync(), QualificationDbContext.ModuleId));
        await SchemaComparison.MigrationsShouldMatchModelAsync(migrated, fromModel, QualificationDbContext.ModuleId);
    }

    [Fact]
    public void Every_qualification_entity_is_tenant_owned_and_filtered_to_the_current_tenant()
    {
        using var context = Context(ModuleContextOptions.Sqlite<QualificationDbContext>(Path.Combine(folder, "filters.db"), QualificationDbContext.ModuleId));

        var entities = context.Model.GetEntityTypes().ToList();

        entities.Count.ShouldBeGreaterThanOrEqualTo(6);
        entities.ShouldAllBe(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType), "every Qualification table holds one tenant's rows");
        entities.ShouldAllBe(e => e.GetDeclaredQueryFilters().Any(), "a tenant-owned entity without the filter would leak across tenants");
    }

    private static QualificationDbContext Context(Microsoft.EntityFrameworkCore.DbContextOptions<QualificationDbContext> options) => new(options, new NoTenant());

    private sealed class NoTenant : ICurrentTenant
    {
        public Guid? TenantId => null;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Tests.Infrastructure;
using Modular.Sdk.Platform;
using Modular.Testing.Postgres;

namespace Modular.Modules.Leads.Tests.Data;

[Collection(PostgresCollection.Name)]
public sealed class SchemaMatchesModelTests(PostgresCluster postgres) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("modular-leads-schema-").FullName;

    [Fact]
    public async Task On_sqlite_the_leads_migrations_build_the_model()
    {
        await using var migrated = Context(ModuleContextOptions.Sqlite<LeadsDbContext>(Path.Combine(folder, "migrated.db"), LeadsDbContext.ModuleId));
        await using var fromModel = Context(ModuleContextOptions.Sqlite<LeadsDbContext>(Path.Combine(folder, "model.db"), LeadsDbContext.ModuleId));
        await SchemaComparison.MigrationsShouldMatchModelAsync(migrated, fromModel, LeadsDbContext.ModuleId);
    }

    [PostgresFact]
    public async Task On_postgres_the_leads_migrations_build_the_model_in_the_leads_schema()
    {
        await using var migrated = Context(ModuleContextOptions.Postgres<LeadsDbContext>(await postgres.CreateDatabaseAsync(), LeadsDbContext.ModuleId));
        await using var fromModel = Context(ModuleContextOptions.Postgres<LeadsDbContext>(await postgres.CreateDatabaseAsync(), LeadsDbContext.ModuleId));
        await SchemaComparison.MigrationsShouldMatchModelAsync(migrated, fromModel, LeadsDbContext.ModuleId);
    }

    private static LeadsDbContext Context(Microsoft.EntityFrameworkCore.DbContextOptions<LeadsDbContext> options) => new(options, new NoTenant());

    private sealed class NoTenant : ICurrentTenant
    {
        public Guid? TenantId => null;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

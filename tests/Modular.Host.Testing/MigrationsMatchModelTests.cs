using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Platform;
using Modular.Testing.Postgres;
using Xunit;

namespace Modular.Host.Testing;

/// <summary>
/// A module's hand-written migrations build exactly its model, on SQLite and on PostgreSQL (see
/// <see cref="SchemaComparison"/>). A module's test project derives one class from this, in the collection that shares
/// its PostgreSQL cluster, and says how to make its context (with <see cref="ModuleContextOptions"/> and
/// <see cref="NoTenant"/>); the contexts are internal to their modules, hence no type parameter here.
/// </summary>
public abstract class MigrationsMatchModelTests(PostgresCluster postgres, string moduleId) : IDisposable
{
    protected string Folder { get; } = Directory.CreateTempSubdirectory($"modular-{moduleId}-schema-").FullName;

    [Fact]
    public async Task On_sqlite_the_migrations_build_the_model()
    {
        await using var migrated = OnSqlite(Path.Combine(Folder, "migrated.db"));
        await using var fromModel = OnSqlite(Path.Combine(Folder, "model.db"));
        await SchemaComparison.MigrationsShouldMatchModelAsync(migrated, fromModel, moduleId);
    }

    [PostgresFact]
    public async Task On_postgres_the_migrations_build_the_model_in_the_module_schema()
    {
        await using var migrated = OnPostgres(await postgres.CreateDatabaseAsync());
        await using var fromModel = OnPostgres(await postgres.CreateDatabaseAsync());
        await SchemaComparison.MigrationsShouldMatchModelAsync(migrated, fromModel, moduleId);
    }

    /// <summary>The module's context on the SQLite file <paramref name="path"/>.</summary>
    protected abstract DbContext OnSqlite(string path);

    /// <summary>The module's context on the PostgreSQL database <paramref name="connectionString"/>.</summary>
    protected abstract DbContext OnPostgres(string connectionString);

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>No request, no tenant: what a migration or a schema check runs as.</summary>
    protected sealed class NoTenant : ICurrentTenant
    {
        public Guid? TenantId => null;
    }
}

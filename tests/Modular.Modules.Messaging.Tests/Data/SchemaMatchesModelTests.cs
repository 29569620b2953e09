using Microsoft.EntityFrameworkCore;
using Modular.Modules.Messaging.Data;
using Modular.Modules.Messaging.Tests.Infrastructure;
using Modular.Sdk.Platform;
using Modular.Testing.Postgres;

namespace Modular.Modules.Messaging.Tests.Data;

[Collection(PostgresCollection.Name)]
public sealed class SchemaMatchesModelTests(PostgresCluster postgres) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("modular-messaging-schema-").FullName;

    [Fact]
    public async Task On_sqlite_the_messaging_migrations_build_the_model()
    {
        await using var migrated = Context(ModuleContextOptions.Sqlite<MessagingDbContext>(Path.Combine(folder, "migrated.db"), MessagingDbContext.ModuleId));
        await using var fromModel = Context(ModuleContextOptions.Sqlite<MessagingDbContext>(Path.Combine(folder, "model.db"), MessagingDbContext.ModuleId));
        await SchemaComparison.MigrationsShouldMatchModelAsync(migrated, fromModel, MessagingDbContext.ModuleId);
    }

    [PostgresFact]
    public async Task On_postgres_the_messaging_migrations_build_the_model_in_the_messaging_schema()
    {
        await using var migrated = Context(ModuleContextOptions.Postgres<MessagingDbContext>(await postgres.CreateDatabaseAsync(), MessagingDbContext.ModuleId));
        await using var fromModel = Context(ModuleContextOptions.Postgres<MessagingDbContext>(await postgres.CreateDatabaseAsync(), MessagingDbContext.ModuleId));
        await SchemaComparison.MigrationsShouldMatchModelAsync(migrated, fromModel, MessagingDbContext.ModuleId);
    }

    private static MessagingDbContext Context(DbContextOptions<MessagingDbContext> options) => new(options, new NoTenant());

    private sealed class NoTenant : ICurrentTenant
    {
        public Guid? TenantId => null;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

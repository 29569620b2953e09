using Microsoft.EntityFrameworkCore;
using Modular.Modules.Webhooks.Data;
using Modular.Modules.Webhooks.Tests.Infrastructure;
using Modular.Testing.Postgres;

namespace Modular.Modules.Webhooks.Tests.Data;

[Collection(PostgresCollection.Name)]
public sealed class SchemaMatchesModelTests(PostgresCluster postgres) : MigrationsMatchModelTests(postgres, WebhooksDbContext.ModuleId)
{
    protected override DbContext OnSqlite(string path) => Context(ModuleContextOptions.Sqlite<WebhooksDbContext>(path, WebhooksDbContext.ModuleId));

    protected override DbContext OnPostgres(string connectionString) => Context(ModuleContextOptions.Postgres<WebhooksDbContext>(connectionString, WebhooksDbContext.ModuleId));

    private static WebhooksDbContext Context(DbContextOptions<WebhooksDbContext> options) => new(options, new NoTenant());
}

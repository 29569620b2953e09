using Microsoft.EntityFrameworkCore;
using Modular.Modules.Messaging.Data;
using Modular.Modules.Messaging.Tests.Infrastructure;
using Modular.Testing.Postgres;

namespace Modular.Modules.Messaging.Tests.Data;

[Collection(PostgresCollection.Name)]
public sealed class SchemaMatchesModelTests(PostgresCluster postgres) : MigrationsMatchModelTests(postgres, MessagingDbContext.ModuleId)
{
    protected override DbContext OnSqlite(string path) => Context(ModuleContextOptions.Sqlite<MessagingDbContext>(path, MessagingDbContext.ModuleId));

    protected override DbContext OnPostgres(string connectionString) => Context(ModuleContextOptions.Postgres<MessagingDbContext>(connectionString, MessagingDbContext.ModuleId));

    private static MessagingDbContext Context(DbContextOptions<MessagingDbContext> options) => new(options, new NoTenant());
}

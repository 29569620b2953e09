using Microsoft.EntityFrameworkCore;
using Modular.Modules.Crm.Data;
using Modular.Modules.Crm.Tests.Infrastructure;
using Modular.Testing.Postgres;

namespace Modular.Modules.Crm.Tests.Data;

[Collection(PostgresCollection.Name)]
public sealed class SchemaMatchesModelTests(PostgresCluster postgres) : MigrationsMatchModelTests(postgres, CrmDbContext.ModuleId)
{
    protected override DbContext OnSqlite(string path) => Context(ModuleContextOptions.Sqlite<CrmDbContext>(path, CrmDbContext.ModuleId));

    protected override DbContext OnPostgres(string connectionString) => Context(ModuleContextOptions.Postgres<CrmDbContext>(connectionString, CrmDbContext.ModuleId));

    private static CrmDbContext Context(DbContextOptions<CrmDbContext> options) => new(options, new NoTenant());
}

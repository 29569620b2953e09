using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Tests.Infrastructure;
using Modular.Testing.Postgres;

namespace Modular.Modules.Leads.Tests.Data;

[Collection(PostgresCollection.Name)]
public sealed class SchemaMatchesModelTests(PostgresCluster postgres) : MigrationsMatchModelTests(postgres, LeadsDbContext.ModuleId)
{
    protected override DbContext OnSqlite(string path) => Context(ModuleContextOptions.Sqlite<LeadsDbContext>(path, LeadsDbContext.ModuleId));

    protected override DbContext OnPostgres(string connectionString) => Context(ModuleContextOptions.Postgres<LeadsDbContext>(connectionString, LeadsDbContext.ModuleId));

    private static LeadsDbContext Context(DbContextOptions<LeadsDbContext> options) => new(options, new NoTenant());
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Modular.Host.Data;
using Modular.Host.Tests.Infrastructure;
using Modular.Testing.Postgres;

namespace Modular.Host.Tests.Data;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSchemaMatchesModelTests(PostgresCluster postgres)
{
    [PostgresFact]
    public async Task On_postgres_the_migrated_platform_schema_equals_the_model_in_its_own_schema()
    {
        await using var migrated = SchemaMatchesModelTests.PlatformContext(Postgres(await postgres.CreateDatabaseAsync()));
        await using var fromModel = SchemaMatchesModelTests.PlatformContext(Postgres(await postgres.CreateDatabaseAsync()));

        await migrated.Database.MigrateAsync();
        await fromModel.Database.EnsureCreatedAsync();

        var expected = await SchemaDump.ReadAsync(fromModel);
        expected.ShouldContain("column platform.tenants.CompanyName character varying(200) nullable=NO default=");
        (await SchemaDump.ReadAsync(migrated)).ShouldBe(expected);
        (await migrated.Database.SqlQueryRaw<string>("SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'platform'").ToListAsync())
            .ShouldContain("__migrations");
    }

    private static DatabaseOptions Postgres(string connectionString) => DatabaseOptions.From(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "Postgres", ["ConnectionStrings:Modular"] = connectionString })
        .Build());
}

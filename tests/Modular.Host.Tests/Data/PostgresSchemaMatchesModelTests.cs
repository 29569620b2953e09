using Microsoft.EntityFrameworkCore;
using Modular.Host.Tests.Infrastructure;
using Modular.Testing.Postgres;

namespace Modular.Host.Tests.Data;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSchemaMatchesModelTests(PostgresCluster postgres)
{
    [PostgresTheory]
    [MemberData(nameof(SchemaMatchesModelTests.Contexts), MemberType = typeof(SchemaMatchesModelTests))]
    public async Task On_postgres_the_migrated_schema_equals_the_model_in_its_own_schema(string context)
    {
        var create = ContextFactory.HostContexts[context];
        await using var migrated = create(ContextFactory.Postgres(await postgres.CreateDatabaseAsync()));
        await using var fromModel = create(ContextFactory.Postgres(await postgres.CreateDatabaseAsync()));

        await migrated.Database.MigrateAsync();
        await fromModel.Database.EnsureCreatedAsync();

        var expected = await SchemaDump.ReadAsync(fromModel);
        expected.ShouldNotBeEmpty();
        expected.Where(line => line.StartsWith("column ")).ShouldAllBe(line => line.StartsWith($"column {context}."));
        (await SchemaDump.ReadAsync(migrated)).ShouldBe(expected);
        (await migrated.Database.SqlQuery<string>($"SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = {context}").ToListAsync())
            .ShouldContain("__migrations");
    }
}

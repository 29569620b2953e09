using Microsoft.EntityFrameworkCore;

namespace Modular.Host.Tests.Data;

public sealed class SchemaMatchesModelTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("modular-schema-").FullName;

    public static TheoryData<string> Contexts() => [.. ContextFactory.HostContexts.Keys];

    [Theory]
    [MemberData(nameof(Contexts))]
    public async Task On_sqlite_the_migrated_schema_equals_the_model(string context)
    {
        var create = ContextFactory.HostContexts[context];
        await using var migrated = create(ContextFactory.Sqlite(Path.Combine(folder, "migrated.db")));
        await using var fromModel = create(ContextFactory.Sqlite(Path.Combine(folder, "model.db")));

        await migrated.Database.MigrateAsync();
        await fromModel.Database.EnsureCreatedAsync();

        var expected = await SchemaDump.ReadAsync(fromModel);
        expected.ShouldNotBeEmpty();
        expected.ShouldAllBe(line => line.Contains($" {context}_") || line.Contains($".{context}_") || line.StartsWith($"column {context}_"));
        (await SchemaDump.ReadAsync(migrated)).ShouldBe(expected);
    }

    [Fact]
    public async Task Every_context_migrates_into_one_sqlite_database_beside_the_others()
    {
        var path = Path.Combine(folder, "all.db");
        foreach (var create in ContextFactory.HostContexts.Values)
        {
            await using var context = create(ContextFactory.Sqlite(path));
            await context.Database.MigrateAsync();
        }

        foreach (var create in ContextFactory.HostContexts.Values)
        {
            await using var context = create(ContextFactory.Sqlite(path));
            (await context.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Modular.Host.Data;
using Modular.Host.Platform;

namespace Modular.Host.Tests.Data;

public sealed class SchemaMatchesModelTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("modular-schema-").FullName;

    [Fact]
    public async Task On_sqlite_the_migrated_platform_schema_equals_the_model()
    {
        await using var migrated = PlatformContext(Sqlite("migrated.db"));
        await using var fromModel = PlatformContext(Sqlite("model.db"));

        await migrated.Database.MigrateAsync();
        await fromModel.Database.EnsureCreatedAsync();

        var expected = await SchemaDump.ReadAsync(fromModel);
        expected.ShouldContain(line => line.StartsWith("column platform_tenants.CompanyName TEXT notnull=1"));
        (await SchemaDump.ReadAsync(migrated)).ShouldBe(expected);
    }

    private DatabaseOptions Sqlite(string file) => DatabaseOptions.From(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Modular"] = $"Data Source={Path.Combine(folder, file)};Pooling=False" })
        .Build());

    internal static PlatformDbContext PlatformContext(DatabaseOptions options)
    {
        var database = new ModuleDatabase(options);
        var builder = new DbContextOptionsBuilder<PlatformDbContext>();
        database.Configure(builder, PlatformDbContext.Id, database.CreateInternalServiceProvider());
        return new PlatformDbContext(builder.Options);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

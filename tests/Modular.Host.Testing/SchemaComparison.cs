using Microsoft.EntityFrameworkCore;
using Modular.Sdk.Data;

namespace Modular.Host.Testing;

/// <summary>
/// The check every module's hand-written migrations must pass on each provider: a database built by them has the
/// same tables, columns, keys and indexes as one built from the model, all under the module's own prefix or schema.
/// </summary>
public static class SchemaComparison
{
    public static async Task MigrationsShouldMatchModelAsync(DbContext migrated, DbContext fromModel, string moduleId)
    {
        await migrated.Database.MigrateAsync();
        await fromModel.Database.EnsureCreatedAsync();

        var expected = await SchemaDump.ReadAsync(fromModel);
        expected.ShouldNotBeEmpty();
        if (DatabaseNaming.IsPostgres(fromModel.Database.ProviderName))
            expected.Where(line => line.StartsWith("column ")).ShouldAllBe(line => line.StartsWith($"column {moduleId}."));
        else
            expected.ShouldAllBe(line => line.Contains($" {moduleId}_") || line.Contains($".{moduleId}_") || line.StartsWith($"column {moduleId}_"));
        (await SchemaDump.ReadAsync(migrated)).ShouldBe(expected);
    }
}

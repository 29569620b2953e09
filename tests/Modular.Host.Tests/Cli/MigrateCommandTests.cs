using Microsoft.Data.Sqlite;
using Modular.Host.Tests.Infrastructure;

namespace Modular.Host.Tests.Cli;

public sealed class MigrateCommandTests : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task Migrate_creates_the_database_in_the_data_folder_and_can_run_again()
    {
        var data = Path.Combine(folders.Root, "data");
        string[] arguments = ["migrate", $"--Modular:DataDirectory={data}", $"--Modular:ModulesPath={folders.ModulesPath}", $"--Modular:PluginsPath={folders.PluginsPath}"];

        var first = await HostProcess.RunAsync(arguments);
        var second = await HostProcess.RunAsync(arguments);

        first.ExitCode.ShouldBe(0, first.Output);
        var extensions = Directory.GetDirectories(folders.ModulesPath).Length + Directory.GetDirectories(folders.PluginsPath).Length;
        extensions.ShouldBeGreaterThan(9, "the eight modules and the plugins, every one of which migrate installs");
        first.Output.ShouldContain($"Migrated the platform and {extensions} modules and plugins on Sqlite");
        second.ExitCode.ShouldBe(0, second.Output);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "modular.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MigrationId FROM platform___migrations UNION ALL SELECT MigrationId FROM identity___migrations";
        var applied = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                applied.Add(reader.GetString(0));
        }
        applied.ShouldContain("20261122000001_Tenants");
        applied.ShouldContain("20261122000002_ApiKeys");
        applied.ShouldContain("20261122000001_Users");
        applied.Count.ShouldBe(applied.Distinct().Count(), "running migrate twice applies nothing twice");
    }

    public void Dispose() => folders.Dispose();
}

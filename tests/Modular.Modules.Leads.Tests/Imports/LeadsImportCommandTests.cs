using Modular.Host.Cli;
using Modular.Modules.Leads.Tests.Infrastructure;
using Spectre.Console;

namespace Modular.Modules.Leads.Tests.Imports;

public sealed class LeadsImportCommandTests : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task The_cli_verb_uploads_the_file_follows_its_progress_and_prints_the_counts_and_the_errors_url()
    {
        using var host = new ModularHost(folders);
        var tenant = await TestTenant.CreateAsync(host, "Acme");
        var stranger = await TestTenant.CreateAsync(host, "Globex");
        var source = await LeadsApi.CreateSourceAsync(tenant.Client(host));
        var generated = GeneratedFile.Build(rows: 120);
        var file = new FileInfo(Path.Combine(folders.Root, "leads.csv"));
        await File.WriteAllTextAsync(file.FullName, generated.Text);

        var (wrongTenant, refusal) = await RunAsync(host, tenant, file, source.Id, expectedTenant: stranger.Id);
        wrongTenant.ShouldBe(2);
        refusal.ShouldContain($"belongs to tenant {tenant.Id}");

        var (exitCode, output) = await RunAsync(host, tenant, file, source.Id, expectedTenant: tenant.Id);
        exitCode.ShouldBe(0, output);
        output.ShouldContain("completed");
        output.ShouldContain($"│ 120  │ {generated.Imported,-8} │ {generated.Merged,-6} │ {generated.Failed.Count,-6} │");
        output.ShouldContain("/errors");
        (await ImportDatabase.CountLeadsAsync(folders, tenant.Id)).ShouldBe((generated.Imported + generated.Merged, generated.Merged), "the refused run imported nothing");
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(ModularHost host, TestTenant tenant, FileInfo file, Guid sourceId, Guid expectedTenant)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        var exitCode = await LeadsImportCommand.RunAsync(tenant.Client(host), file, sourceId, expectedTenant, console, TimeSpan.FromMilliseconds(50), CancellationToken.None);
        return (exitCode, output.ToString());
    }

    public void Dispose() => folders.Dispose();
}

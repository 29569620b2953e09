using Modular.Host.Tests.Infrastructure;

namespace Modular.Host.Tests.Cli;

public sealed class ModulesListCommandTests : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task Modules_list_reports_every_folder_and_fails_when_one_cannot_run()
    {
        var pong = folders.AddFixturePlugin("fixtures.pong");
        var manifest = Path.Combine(pong, "plugin.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"id\"", "\"sdkVersion\": \"9.0.0\", \"id\""));

        var (exitCode, output) = await HostProcess.RunAsync("modules", "list", $"--Modular:ModulesPath={folders.ModulesPath}", $"--Modular:PluginsPath={folders.PluginsPath}");

        exitCode.ShouldBe(1);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldContain(line => line.StartsWith("leads ") && line.Contains(" ok "));
        lines.ShouldContain(line => line.StartsWith("samples.echo ") && line.Contains("1.0.0") && line.Contains(" ok "));
        lines.ShouldContain(line => line.StartsWith("fixtures.pong ") && line.Contains("NotSupported"));
    }

    public void Dispose() => folders.Dispose();
}

using System.Net;
using Modular.Host.Tests.Infrastructure;

namespace Modular.Host.Tests.Runtime;

public sealed class LoadingTests : IDisposable
{
    private static readonly string[] DesignModules = ["analytics", "billing", "crm", "leads", "messaging", "privacy", "qualification", "webhooks"];

    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task Every_module_of_the_design_and_the_echo_plugin_are_discovered_and_active()
    {
        using var host = new ModularHost(folders);
        var modules = await host.CreateOperatorClient().GetModulesAsync();

        modules.Where(m => m.Kind == "module").Select(m => m.Id).Order().ShouldBe(DesignModules);
        modules.ShouldAllBe(m => m.Status == "Active" && m.LoadedAt != null);
        var echo = modules.Single(m => m.Id == "samples.echo");
        echo.Kind.ShouldBe("plugin");
        echo.Version.ShouldBe("1.0.0");
        (await host.CreateClient().GetEchoVersionAsync()).ShouldBe("1.0.0");
    }

    [Fact]
    public async Task A_plugin_built_against_another_sdk_major_is_not_supported_and_serves_nothing()
    {
        var folder = folders.AddFixturePlugin("fixtures.pong");
        var manifest = Path.Combine(folder, "plugin.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"id\"", "\"sdkVersion\": \"2.0.0\", \"id\""));
        using var host = new ModularHost(folders);

        var pong = await host.CreateOperatorClient().GetModuleAsync("fixtures.pong");

        pong.Status.ShouldBe("NotSupported");
        pong.Reason.ShouldNotBeNull().ShouldContain("SDK 2.0.0");
    }

    [Fact]
    public async Task A_plugin_that_throws_while_starting_is_malfunctioned_and_the_host_keeps_serving()
    {
        folders.AddFixturePlugin("fixtures.throwing");
        using var host = new ModularHost(folders);
        var operatorClient = host.CreateOperatorClient();

        var throwing = await operatorClient.GetModuleAsync("fixtures.throwing");

        throwing.Status.ShouldBe("Malfunctioned");
        throwing.Reason.ShouldNotBeNull().ShouldContain("refuses to start");
        (await host.CreateClient().GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.CreateClient().GetEchoVersionAsync()).ShouldBe("1.0.0");
        (await operatorClient.GetModulesAsync()).Where(m => m.Id != "fixtures.throwing").ShouldAllBe(m => m.Status == "Active");
    }

    [Fact]
    public async Task An_unreadable_manifest_or_a_corrupt_entry_assembly_is_malfunctioned_with_its_reason()
    {
        File.WriteAllText(Path.Combine(folders.AddFixturePlugin("fixtures.pong"), "plugin.json"), "{ not json");
        var corrupt = folders.AddFixturePlugin("fixtures.throwing");
        File.WriteAllText(Path.Combine(corrupt, "Modular.Fixtures.Throwing.dll"), "not an assembly");
        using var host = new ModularHost(folders);
        var modules = await host.CreateOperatorClient().GetModulesAsync();

        modules.Single(m => m.Id == "fixtures.pong").Status.ShouldBe("Malfunctioned");
        modules.Single(m => m.Id == "fixtures.pong").Reason.ShouldNotBeNull().ShouldContain("manifest");
        modules.Single(m => m.Id == "fixtures.throwing").Status.ShouldBe("Malfunctioned");
        (await host.CreateClient().GetEchoVersionAsync()).ShouldBe("1.0.0");
    }

    [Fact]
    public async Task A_plugin_disabled_by_configuration_is_disabled_and_its_endpoint_is_gone()
    {
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["Extensions:samples.echo:Enabled"] = "false" });

        (await host.CreateOperatorClient().GetModuleAsync("samples.echo")).Status.ShouldBe("Disabled");
        (await host.CreateClient().GetAsync("/api/v1/samples/echo")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Dependencies_load_first_and_a_missing_dependency_refuses_the_dependent()
    {
        folders.AddFixturePlugin("fixtures.ping");
        using (var withoutPong = new ModularHost(folders))
        {
            var ping = await withoutPong.CreateOperatorClient().GetModuleAsync("fixtures.ping");
            ping.Status.ShouldBe("Malfunctioned");
            ping.Reason.ShouldNotBeNull().ShouldContain("fixtures.pong");
        }

        folders.AddFixturePlugin("fixtures.pong");
        using var host = new ModularHost(folders);
        (await host.CreateOperatorClient().GetModuleAsync("fixtures.ping")).Status.ShouldBe("Active");
    }

    public void Dispose() => folders.Dispose();
}

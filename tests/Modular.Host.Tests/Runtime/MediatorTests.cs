using Modular.Host.Tests.Infrastructure;

namespace Modular.Host.Tests.Runtime;

public sealed class MediatorTests : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task A_request_defined_in_contracts_is_answered_by_the_handler_of_another_active_plugin()
    {
        folders.AddFixturePlugin("fixtures.ping");
        folders.AddFixturePlugin("fixtures.pong");
        using var host = new ModularHost(folders);

        (await host.CreateClient().GetStringAsync("/api/v1/fixtures/ping")).ShouldBe("pong to ping");
    }

    [Fact]
    public async Task A_handler_stops_answering_once_its_plugin_is_removed()
    {
        folders.AddFixturePlugin("fixtures.ping");
        var pong = folders.AddFixturePlugin("fixtures.pong");
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["Modular:WatchFolders"] = "false" });
        var client = host.CreateClient();
        (await client.GetStringAsync("/api/v1/fixtures/ping")).ShouldBe("pong to ping");

        Directory.Delete(pong, recursive: true);
        await host.Runtime.ReloadFolderAsync(pong, Sdk.Manifest.ExtensionKind.Plugin, CancellationToken.None);

        host.Runtime.Find("fixtures.pong").ShouldBeNull();
        ((int)(await client.GetAsync("/api/v1/fixtures/ping")).StatusCode).ShouldBe(500);
    }

    public void Dispose() => folders.Dispose();
}

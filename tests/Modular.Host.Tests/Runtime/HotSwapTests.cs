using System.Collections.Concurrent;
using System.Net.Http.Json;
using Modular.Host.Tests.Infrastructure;

namespace Modular.Host.Tests.Runtime;

public sealed class HotSwapTests : IDisposable
{
    // Generous: a loaded machine may take seconds to notice a folder change; the test checks that the swap happens, not how fast.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task The_reload_endpoint_switches_the_echo_plugin_from_1_to_2()
    {
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["Modular:WatchFolders"] = "false" });
        var client = host.CreateClient();
        (await client.GetEchoVersionAsync()).ShouldBe("1.0.0");

        folders.DropEchoVersion2();
        var reloaded = await host.CreateOperatorClient().PostAsync("/api/v1/admin/modules/samples.echo/reload", null);

        reloaded.EnsureSuccessStatusCode();
        var entry = (await reloaded.Content.ReadFromJsonAsync<ExtensionEntry>())!;
        entry.Version.ShouldBe("2.0.0");
        entry.Status.ShouldBe("Active");
        entry.Retired.Select(r => r.Version).ShouldBe(["1.0.0"]);
        (await client.GetEchoVersionAsync()).ShouldBe("2.0.0");
    }

    [Fact]
    public async Task A_new_build_dropped_into_the_folder_is_picked_up_without_a_call()
    {
        using var host = new ModularHost(folders);
        var client = host.CreateClient();
        (await client.GetEchoVersionAsync()).ShouldBe("1.0.0");

        folders.DropEchoVersion2();

        (await WaitForEchoVersionAsync(client, "2.0.0")).ShouldBeTrue();
    }

    [Fact]
    public async Task No_request_fails_while_the_plugin_is_swapped_back_and_forth_under_load()
    {
        var version1 = Path.Combine(folders.Root, "echo-v1");
        ExtensionFolders.CopyDirectory(folders.EchoFolder, version1);
        using var host = new ModularHost(folders);
        var seen = new ConcurrentDictionary<string, int>();
        var failures = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();

        var load = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var client = host.CreateClient();
            while (!stop.IsCancellationRequested)
            {
                var response = await client.GetAsync("/api/v1/samples/echo");
                if (!response.IsSuccessStatusCode)
                    failures.Enqueue($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                else
                    seen.AddOrUpdate((await response.Content.ReadFromJsonAsync<EchoAnswer>())!.Version, 1, (_, n) => n + 1);
            }
        })).ToList();

        var observer = host.CreateClient();
        for (var swap = 0; swap < 4; swap++)
        {
            var (drop, expected) = swap % 2 == 0 ? ((Action)folders.DropEchoVersion2, "2.0.0") : (() => ExtensionFolders.CopyDirectory(version1, folders.EchoFolder), "1.0.0");
            drop();
            (await WaitForEchoVersionAsync(observer, expected)).ShouldBeTrue($"swap {swap} to {expected} did not happen");
        }

        await stop.CancelAsync();
        await Task.WhenAll(load);

        failures.ShouldBeEmpty();
        seen.Keys.Order().ShouldBe(["1.0.0", "2.0.0"]);
        seen.Values.Sum().ShouldBeGreaterThan(50);
    }

    [Fact]
    public async Task The_swapped_out_version_of_a_plugin_is_unloaded_and_collected()
    {
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["Modular:WatchFolders"] = "false" });
        var client = host.CreateClient();
        (await client.GetEchoVersionAsync()).ShouldBe("1.0.0");

        folders.DropEchoVersion2();
        var oldVersion = await Unloading.SwapAndGetRetiredAsync(host, "samples.echo");
        (await client.GetEchoVersionAsync()).ShouldBe("2.0.0");

        await Unloading.ShouldBeCollectedAsync(host, oldVersion, "the old version's load context is still referenced after unloading");
        (await host.CreateOperatorClient().GetModuleAsync("samples.echo")).Retired.Single().Status.ShouldBe("Unloaded");
    }

    [Theory]
    [InlineData("leads")]
    [InlineData("qualification")]
    [InlineData("messaging")]
    [InlineData("crm")]
    [InlineData("webhooks")]
    [InlineData("billing")]
    [InlineData("privacy")]
    [InlineData("analytics")]
    public async Task A_reloaded_module_unloads_its_previous_version(string id)
    {
        using var host = new ModularHost(folders, new Dictionary<string, string?> { ["Modular:WatchFolders"] = "false" });

        var oldVersion = await Unloading.SwapAndGetRetiredAsync(host, id);

        (await host.CreateOperatorClient().GetModuleAsync(id)).Status.ShouldBe("Active");
        await Unloading.ShouldBeCollectedAsync(host, oldVersion, "the old version's load context is still referenced after unloading");
    }

    private static async Task<bool> WaitForEchoVersionAsync(HttpClient client, string version)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (await client.GetEchoVersionAsync() == version)
                return true;
            await Task.Delay(50);
        }
        return false;
    }

    public void Dispose() => folders.Dispose();
}

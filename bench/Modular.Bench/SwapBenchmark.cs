using System.Diagnostics;
using System.Net.Http.Json;

namespace Modular.Bench;

/// <summary>
/// How long after a new build's files are in place the plugin's endpoint serves it. Swaps alternate between the
/// published build and a 2.0.0 build, so every swap replaces a version that really served requests.
/// </summary>
internal static class SwapBenchmark
{
    public const string PluginId = "samples.echo";
    public const string SwappedVersion = "2.0.0";

    private static readonly TimeSpan SwapTimeout = TimeSpan.FromSeconds(30);

    // Longer than the host's drain grace plus its collections, so each swap starts with nothing still retiring.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2.5);

    public static async Task<SwapResult> RunAsync(Workspace workspace, string v2Folder, BenchOptions options)
    {
        var pluginFolder = workspace.PluginFolder(PluginId);
        var v1Folder = Path.Combine(workspace.Root, "echo-v1");
        Workspace.CopyFolder(pluginFolder, v1Folder);

        using var host = HostProcess.Start(workspace.Host, options.HostEnvironment);
        await host.WaitUntilReadyAsync(workspace.ExtensionCount, TimeSpan.FromSeconds(60));
        var echo = new Uri(host.BaseAddress, "/api/v1/samples/echo");
        var original = await ReadVersionAsync(host.Client, echo)
            ?? throw host.Failure("GET /api/v1/samples/echo does not answer before any swap.");
        if (original == SwappedVersion)
            throw new InvalidOperationException($"The published echo plugin is already {SwappedVersion}; publish again with: dotnet cake --target=Publish");

        var latencies = new List<double>();
        var failedCalls = 0;
        for (var swap = 0; swap < options.Swaps; swap++)
        {
            var (build, expected) = swap % 2 == 0 ? (v2Folder, SwappedVersion) : (v1Folder, original);
            Workspace.CopyFolder(build, pluginFolder);
            var clock = Stopwatch.StartNew();
            while (true)
            {
                var served = await ReadVersionAsync(host.Client, echo);
                if (served is null)
                    failedCalls++;
                else if (served == expected)
                    break;
                if (clock.Elapsed > SwapTimeout)
                    throw host.Failure($"Version {expected} was not served within {SwapTimeout.TotalSeconds:0} s of its files being in place.");
                await Task.Delay(1);
            }
            latencies.Add(clock.Elapsed.TotalMilliseconds);
            await Task.Delay(Settle);
        }

        var retired = (await host.ListExtensionsAsync()).Single(e => e.Id == PluginId).Retired;
        return new SwapResult(latencies, failedCalls, retired);
    }

    /// <returns>The version serving, or null when the call failed.</returns>
    private static async Task<string?> ReadVersionAsync(HttpClient client, Uri echo)
    {
        try
        {
            using var response = await client.GetAsync(echo);
            return response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<EchoAnswer>())?.Version : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private sealed record EchoAnswer(string Version);
}

/// <param name="Retired">The versions swapped out, as the admin API reports them after the last swap settled.</param>
internal sealed record SwapResult(IReadOnlyList<double> LatencyMilliseconds, int FailedCalls, IReadOnlyList<RetiredState> Retired);

namespace Modular.Bench;

/// <summary>
/// What routing through a hot-swappable module costs: requests/s of the echo plugin's endpoint against the host's
/// bare minimal-API endpoint, in the same process under the same load. Rounds alternate which endpoint goes first
/// so neither always runs on a warmer process.
/// </summary>
internal static class ThroughputBenchmark
{
    public const string BarePath = "/health/live";
    public const string ModulePath = "/api/v1/samples/echo";

    // Tiered compilation and dynamic PGO keep speeding the server up for several seconds after its first requests.
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    public static async Task<ThroughputResult> RunAsync(Workspace workspace, BenchOptions options)
    {
        using var host = HostProcess.Start(workspace.Host, options.HostEnvironment);
        await host.WaitUntilReadyAsync(workspace.ExtensionCount, TimeSpan.FromSeconds(60));
        var bare = new Uri(host.BaseAddress, BarePath);
        var module = new Uri(host.BaseAddress, ModulePath);

        await LoadAsync(bare, options, WarmUp);
        await LoadAsync(module, options, WarmUp);

        var bareRates = new List<double>();
        var moduleRates = new List<double>();
        long failed = 0;
        for (var round = 0; round < options.Rounds; round++)
        {
            var order = round % 2 == 0 ? new[] { (bare, bareRates), (module, moduleRates) } : [(module, moduleRates), (bare, bareRates)];
            foreach (var (url, rates) in order)
            {
                var sample = await LoadAsync(url, options, options.Duration);
                rates.Add(sample.RequestsPerSecond);
                failed += sample.Failed;
            }
        }
        return new ThroughputResult(bareRates, moduleRates, failed);
    }

    private static Task<LoadSample> LoadAsync(Uri url, BenchOptions options, TimeSpan duration) => options.LoadClient switch
    {
        LoadClient.Wrk => WrkLoad.RunAsync(url, options.Workers, duration),
        _ => HttpClientLoad.RunAsync(url, options.Workers, duration),
    };
}

internal sealed record LoadSample(double RequestsPerSecond, long Failed);

internal sealed record ThroughputResult(IReadOnlyList<double> BareRequestsPerSecond, IReadOnlyList<double> ModuleRequestsPerSecond, long Failed)
{
    /// <summary>
    /// The median of each round's module/bare ratio: the two figures of a round ran back to back, so load from other
    /// processes on the machine, which drifts over a run, mostly cancels out in their ratio.
    /// </summary>
    public double Ratio => Statistics.Median(ModuleRequestsPerSecond.Zip(BareRequestsPerSecond, (module, bare) => module / bare).ToList());
}

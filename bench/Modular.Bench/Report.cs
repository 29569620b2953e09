using System.Globalization;

namespace Modular.Bench;

/// <summary>The results as a markdown table, ready to paste into BENCHMARKS.md.</summary>
internal static class Report
{
    public static string Render(BenchOptions options, Phase<StartupResult> startupPhase, Phase<SwapResult> swapPhase, Phase<ThroughputResult> throughputPhase)
    {
        var (startup, swap, throughput) = (startupPhase.Result, swapPhase.Result, throughputPhase.Result);
        var ratios = throughput.ModuleRequestsPerSecond.Zip(throughput.BareRequestsPerSecond, (module, bare) => module / bare).ToList();
        var rows = new List<string>
        {
            "| measure | value | detail | CPU taken by other processes meanwhile |",
            "|---|---|---|---|",
            Row($"startup to every module Active (median of {startup.ReadyMilliseconds.Count})", $"{Statistics.Median(startup.ReadyMilliseconds):0} ms",
                $"runs: {List(startup.ReadyMilliseconds, "0")} ms", startupPhase),
            Row($"memory after ready, VmRSS (median of {startup.ResidentBytes.Count})", $"{Statistics.Median(startup.ResidentBytes) / (1024 * 1024):0.0} MiB",
                $"runs: {List(startup.ResidentBytes.Select(b => b / (1024 * 1024)).ToList(), "0.0")} MiB", startupPhase),
            Row($"swap latency, files in place → new version served (median of {swap.LatencyMilliseconds.Count})", $"{Statistics.Median(swap.LatencyMilliseconds):0} ms",
                $"swaps: {List(swap.LatencyMilliseconds, "0")} ms; failed calls while swapping: {swap.FailedCalls}; retired versions after settling: {Retired(swap.Retired)}", swapPhase),
            Row($"requests/s, bare `{ThroughputBenchmark.BarePath}`", $"{Statistics.Median(throughput.BareRequestsPerSecond):0}",
                $"{Load(options)}: {List(throughput.BareRequestsPerSecond, "0")}", throughputPhase),
            Row($"requests/s, module `{ThroughputBenchmark.ModulePath}`", $"{Statistics.Median(throughput.ModuleRequestsPerSecond):0}",
                $"{Load(options)}: {List(throughput.ModuleRequestsPerSecond, "0")}", throughputPhase),
            Row("ratio module / bare (goal ≥ 0.8)", throughput.Ratio.ToString("0.00", CultureInfo.InvariantCulture),
                $"median of the per-round ratios: {List(ratios, "0.00")}; failed calls under load: {throughput.Failed}", throughputPhase),
        };
        return string.Join('\n', rows);
    }

    private static string Load(BenchOptions options)
    {
        var client = options.LoadClient == LoadClient.Wrk
            ? $"wrk -t{Math.Min(Environment.ProcessorCount, options.Workers)} -c{options.Workers} -d{options.Duration.TotalSeconds:0}s"
            : $"{options.Workers} HttpClient workers for {options.Duration.TotalSeconds:0} s";
        return $"{client}, {options.Rounds} rounds";
    }

    private static string Row<T>(string measure, string value, string detail, Phase<T> phase) =>
        $"| {measure} | {value} | {detail} | {phase.OthersCpuShare:0%} |";

    private static string List(IReadOnlyList<double> values, string format) =>
        string.Join(", ", values.Select(v => v.ToString(format, CultureInfo.InvariantCulture)));

    private static string Retired(IReadOnlyList<RetiredState> retired) =>
        retired.Count == 0 ? "none" : string.Join(", ", retired.Select(r => $"{r.Version} {r.Status}"));
}

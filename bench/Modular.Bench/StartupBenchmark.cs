using System.Diagnostics;

namespace Modular.Bench;

/// <summary>How long a cold process takes until every module and plugin serves, and how much memory it then holds.</summary>
internal static class StartupBenchmark
{
    public static async Task<StartupResult> RunAsync(Workspace workspace, BenchOptions options)
    {
        var readyMilliseconds = new List<double>();
        var residentBytes = new List<double>();
        for (var run = 0; run < options.StartupRuns; run++)
        {
            var clock = Stopwatch.StartNew();
            using var host = HostProcess.Start(workspace.Host, options.HostEnvironment);
            await host.WaitUntilReadyAsync(workspace.ExtensionCount, TimeSpan.FromSeconds(60));
            readyMilliseconds.Add(clock.Elapsed.TotalMilliseconds);
            residentBytes.Add(host.ResidentBytes());
        }
        return new StartupResult(readyMilliseconds, residentBytes);
    }
}

internal sealed record StartupResult(IReadOnlyList<double> ReadyMilliseconds, IReadOnlyList<double> ResidentBytes);

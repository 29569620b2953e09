using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Modular.Bench;

/// <summary>
/// Load from wrk, which needs far less CPU per request than HttpClient: on a machine with few cores the client
/// otherwise takes the CPU the server is being measured on.
/// </summary>
internal static partial class WrkLoad
{
    public static async Task<LoadSample> RunAsync(Uri url, int workers, TimeSpan duration)
    {
        var threads = Math.Min(Environment.ProcessorCount, workers);
        var start = new ProcessStartInfo("wrk", [$"-t{threads}", $"-c{workers}", $"-d{duration.TotalSeconds:0}s", url.ToString()])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start; install it (apt-get install wrk) or drop --client wrk.");
        var errors = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 || RequestsPerSecond().Match(output) is not { Success: true } rate)
            throw new InvalidOperationException($"wrk failed:\n{output}{await errors}");

        var failed = Sum(NonSuccess().Match(output)) + Sum(SocketErrors().Match(output));
        return new LoadSample(double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture), failed);
    }

    private static long Sum(Match match) =>
        match.Success ? match.Groups.Cast<Group>().Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture)) : 0;

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Modular.Bench;

/// <summary>The real Modular.Host executable on a free loopback port, killed when disposed.</summary>
internal sealed class HostProcess : IDisposable
{
    private const string OperatorKey = "bench";
    private const int OutputLinesShown = 40;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Process process;
    private readonly string logPath;

    private HostProcess(Process process, Uri baseAddress, string logPath)
    {
        this.process = process;
        this.logPath = logPath;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The host's log, for benchmarks that read what it logged (deleted on dispose).</summary>
    public string LogPath => logPath;

    /// <summary>For polling only: load tests use their own client sized for their workers.</summary>
    public HttpClient Client { get; } = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(5) };

    public static HostProcess Start(string hostFolder, IReadOnlyDictionary<string, string> environment)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var logPath = Path.Combine(hostFolder, $"host-{baseAddress.Port}.log");
        // The host logs every request; written to a file by the kernel, that costs the host what it would cost in
        // production, where piping it through this process would also take CPU from the server being measured.
        // exec keeps the shell's process id, so the id this returns is the host's own.
        var start = new ProcessStartInfo("/bin/sh",
            ["-c", "log=$1; shift; exec \"$@\" > \"$log\" 2>&1", "sh", logPath, Path.Combine(hostFolder, "Modular.Host"), "--urls", baseAddress.ToString().TrimEnd('/')])
        {
            WorkingDirectory = hostFolder,
            UseShellExecute = false,
        };
        start.Environment["Modular__OperatorKey"] = OperatorKey;
        foreach (var (name, value) in environment)
            start.Environment[name] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException("Modular.Host did not start.");
        return new HostProcess(process, baseAddress, logPath);
    }

    /// <summary>Completes once the admin API lists <paramref name="expected"/> extensions, every one Active.</summary>
    public async Task WaitUntilReadyAsync(int expected, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (process.HasExited)
                throw Failure($"Modular.Host exited with code {process.ExitCode} before it was ready.");
            try
            {
                var extensions = await ListExtensionsAsync();
                if (extensions.Count == expected && extensions.All(e => e.Status == "Active"))
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(5);
        }
        throw Failure($"Not every one of the {expected} modules and plugins was Active within {timeout.TotalSeconds:0} s.");
    }

    public async Task<IReadOnlyList<ExtensionState>> ListExtensionsAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(BaseAddress, "/api/v1/admin/modules"));
        request.Headers.Authorization = new("Bearer", OperatorKey);
        using var response = await Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<ExtensionState[]>(Json) ?? [];
    }

    /// <summary>The resident set size the kernel reports for the process, in bytes.</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kilobytes = long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0]);
        return kilobytes * 1024;
    }

    /// <summary>The most the process has ever had resident (VmHWM), in bytes: a peak no sampling can miss.</summary>
    public long PeakResidentBytes()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0]) * 1024;
    }

    public InvalidOperationException Failure(string message)
    {
        var output = File.Exists(logPath) ? File.ReadLines(logPath).TakeLast(OutputLinesShown) : [];
        return new InvalidOperationException($"{message}\nLast host output ({logPath}):\n{string.Join('\n', output)}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        Client.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        process.Dispose();
        // Under load at the host's default log level this file grows by hundreds of megabytes a minute.
        File.Delete(logPath);
    }
}

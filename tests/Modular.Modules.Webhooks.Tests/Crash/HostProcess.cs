using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace Modular.Modules.Webhooks.Tests.Crash;

/// <summary>
/// The built host as an operator runs it, in a process of its own so a test can kill it the way a crash would
/// (SIGKILL: no shutdown, no flush) and start it again on the same database.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;

    private HostProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>A fresh API key of the demo tenant, which <c>--demo</c> prints on every start.</summary>
    public string DemoKey { get; private set; } = "";

    public static async Task<HostProcess> StartAsync(ExtensionFolders folders, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Modular.Host.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.ArgumentList.Add("--demo");
        var all = new Dictionary<string, string>(settings)
        {
            ["Modular:DataDirectory"] = Path.Combine(folders.Root, "data"),
            ["Modular:ModulesPath"] = folders.ModulesPath,
            ["Modular:PluginsPath"] = folders.PluginsPath,
        };
        foreach (var (key, value) in all)
            start.ArgumentList.Add($"--{key}={value}");

        var host = new HostProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}/"));
        // The error stream is drained so a chatty host never blocks on a full pipe.
        _ = host.process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        // The key is printed once the server listens.
        while (host.DemoKey.Length == 0 && await host.process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Trim().StartsWith("API key:", StringComparison.Ordinal))
                host.DemoKey = line.Trim()["API key:".Length..].Trim();
        }
        if (host.DemoKey.Length == 0)
            throw new InvalidOperationException("The host stopped before printing the demo API key.");
        _ = host.process.StandardOutput.ReadToEndAsync();
        return host;
    }

    public HttpClient Client()
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DemoKey);
        return client;
    }

    /// <summary>Kills the process at once, as a power cut or the OOM killer would.</summary>
    public async Task CrashAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
            await CrashAsync();
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

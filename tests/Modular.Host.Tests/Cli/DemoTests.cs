using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Modular.Host.Tests.Infrastructure;

namespace Modular.Host.Tests.Cli;

public sealed class DemoTests : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task First_run_with_demo_creates_the_database_prints_the_url_and_a_working_api_key()
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "Modular.Host.dll"), "--urls", $"http://127.0.0.1:{port}", "--demo",
            $"--Modular:DataDirectory={Path.Combine(folders.Root, "data")}", $"--Modular:ModulesPath={folders.ModulesPath}", $"--Modular:PluginsPath={folders.PluginsPath}",
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        try
        {
            var printed = new List<string>();
            string? key = null;
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (key is null && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                printed.Add(line);
                if (line.Trim().StartsWith("API key:", StringComparison.Ordinal))
                    key = line.Trim()["API key:".Length..].Trim();
            }

            printed.ShouldContain(line => line.Contains($"listening on http://127.0.0.1:{port}"));
            File.Exists(Path.Combine(folders.Root, "data", "modular.db")).ShouldBeTrue();
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.ShouldNotBeNull());
            (await client.GetAsync("/api/v1/tenant")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => folders.Dispose();
}

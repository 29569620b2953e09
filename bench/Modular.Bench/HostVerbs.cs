using System.Diagnostics;

namespace Modular.Bench;

/// <summary>Runs the published host's command-line verbs, as an operator would, against the database a benchmark uses.</summary>
internal static class HostVerbs
{
    /// <summary>Migrates, creates the tenant "Bench" and an API key for it (<c>tenants create</c>, <c>apikeys create</c>).</summary>
    public static async Task<(string TenantId, string ApiKey)> CreateTenantWithApiKeyAsync(string hostFolder, IReadOnlyDictionary<string, string> environment, string keyName)
    {
        await RunAsync(hostFolder, environment, "migrate");
        var tenantId = await RunAsync(hostFolder, environment, "tenants", "create", "--name", "Bench", "--owner-email", "owner@bench.test", "--owner-password", "S3cure!pass");
        var key = await RunAsync(hostFolder, environment, "apikeys", "create", "--tenant", tenantId, "--name", keyName);
        return (tenantId, key);
    }

    /// <returns>The last line the verb printed.</returns>
    public static async Task<string> RunAsync(string hostFolder, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(hostFolder, "Modular.Host"), arguments)
        {
            WorkingDirectory = hostFolder,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Modular.Host did not start.");
        var errors = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (process.ExitCode != 0 || lines.Length == 0)
            throw new InvalidOperationException($"Modular.Host {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{output}{await errors}");
        return lines[^1];
    }
}

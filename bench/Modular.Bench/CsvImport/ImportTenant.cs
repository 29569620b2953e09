using System.Diagnostics;

namespace Modular.Bench.CsvImport;

/// <summary>The tenant and API key the import runs as, created with the host's own verbs on its database before it serves.</summary>
internal static class ImportTenant
{
    public static async Task<string> CreateApiKeyAsync(string hostFolder, IReadOnlyDictionary<string, string> environment)
    {
        await VerbAsync(hostFolder, environment, "migrate");
        var tenantId = await VerbAsync(hostFolder, environment, "tenants", "create", "--name", "Bench", "--owner-email", "owner@bench.test", "--owner-password", "S3cure!pass");
        return await VerbAsync(hostFolder, environment, "apikeys", "create", "--tenant", tenantId, "--name", "csv-import");
    }

    /// <returns>The last line the verb printed.</returns>
    private static async Task<string> VerbAsync(string hostFolder, IReadOnlyDictionary<string, string> environment, params string[] arguments)
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

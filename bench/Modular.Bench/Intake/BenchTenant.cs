using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Modular.Bench.Intake;

/// <summary>The tenant, API key and JSON source the leads are posted to, set up the way an operator and a client would.</summary>
internal sealed record BenchTenant(Guid TenantId, Guid SourceId, Uri IntakeUrl, byte[] Secret)
{
    /// <summary>Runs <c>tenants create</c> and <c>apikeys create</c> on the stopped host's database, before it serves.</summary>
    public static async Task<string> CreateWithApiKeyAsync(string hostFolder, IReadOnlyDictionary<string, string> environment)
    {
        await VerbAsync(hostFolder, environment, "migrate");
        var tenantId = await VerbAsync(hostFolder, environment, "tenants", "create", "--name", "Bench", "--owner-email", "owner@bench.test", "--owner-password", "S3cure!pass");
        var key = await VerbAsync(hostFolder, environment, "apikeys", "create", "--tenant", tenantId, "--name", "bench");
        return $"{tenantId} {key}";
    }

    /// <summary><c>POST /api/v1/sources {"name":"Bench","format":"json"}</c> with the tenant's API key.</summary>
    public static async Task<BenchTenant> CreateSourceAsync(Uri host, string tenantAndKey)
    {
        var (tenantId, key) = (tenantAndKey.Split(' ')[0], tenantAndKey.Split(' ')[1]);
        using var client = new HttpClient { BaseAddress = host };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await client.PostAsJsonAsync("/api/v1/sources", new { name = "Bench", format = "json" });
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Creating the source answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var source = await response.Content.ReadFromJsonAsync<CreatedSource>() ?? throw new InvalidOperationException("The source answer was empty.");
        return new BenchTenant(Guid.Parse(tenantId), source.Id, new Uri(host, source.IntakeUrl), Encoding.UTF8.GetBytes(source.Secret));
    }

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

    private sealed record CreatedSource(Guid Id, string IntakeUrl, string Secret);
}

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
        var (tenantId, key) = await HostVerbs.CreateTenantWithApiKeyAsync(hostFolder, environment, "bench");
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

    private sealed record CreatedSource(Guid Id, string IntakeUrl, string Secret);
}
